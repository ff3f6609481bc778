package io.kexiang.inventory.customer;

import io.kexiang.inventory.AccountManagerRef;
import io.kexiang.inventory.CircuitOwner;
import io.kexiang.inventory.CircuitStatus;
import io.kexiang.inventory.CircuitType;
import io.kexiang.inventory.CustomerDirectory;
import io.kexiang.shared.ServiceTier;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class JdbcCustomerDirectory implements CustomerDirectory {

    private static final String OWNER = """
            g.customer_code, g.name, g.tier, p.employee_id, p.name, p.email, p.mobile
            from group_customer g left join person p on p.id = g.account_manager_id""";

    private final JdbcTemplate jdbc;

    JdbcCustomerDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CircuitOwner> circuit(String circuitId) {
        return jdbc.query("select c.circuit_id, c.type, c.status, " + OWNER
                + " join circuit c on c.customer_id = g.id where c.circuit_id = ?", (rs, row) -> owner(rs,
                        rs.getString(1), CircuitType.valueOf(rs.getString(2)), CircuitStatus.valueOf(rs.getString(3))),
                circuitId).stream().findFirst();
    }

    @Override
    public Optional<CircuitOwner> customer(String customerCode) {
        return jdbc.query("select null, null, null, " + OWNER + " where g.customer_code = ?",
                (rs, row) -> owner(rs, null, null, null), customerCode).stream().findFirst();
    }

    private static CircuitOwner owner(ResultSet rs, String circuitId, CircuitType type, CircuitStatus status)
            throws SQLException {
        AccountManagerRef manager = rs.getString(7) == null ? null
                : new AccountManagerRef(rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10));
        return new CircuitOwner(circuitId, type, status, rs.getString(4), rs.getString(5),
                ServiceTier.valueOf(rs.getString(6)), manager);
    }
}
