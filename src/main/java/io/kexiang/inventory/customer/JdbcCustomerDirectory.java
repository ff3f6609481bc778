package io.kexiang.inventory.customer;

import io.kexiang.identity.PersonDirectory;
import io.kexiang.inventory.AccountManagerRef;
import io.kexiang.inventory.AccountManagerRefs;
import io.kexiang.inventory.CircuitOwner;
import io.kexiang.inventory.CircuitStatus;
import io.kexiang.inventory.CircuitType;
import io.kexiang.inventory.CustomerDirectory;
import io.kexiang.shared.CircuitId;
import io.kexiang.shared.CustomerCode;
import io.kexiang.shared.ServiceTier;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class JdbcCustomerDirectory implements CustomerDirectory {

    private static final String OWNER = """
            g.customer_code, g.name, g.tier, g.account_manager_id from group_customer g""";

    private final JdbcTemplate jdbc;
    private final PersonDirectory people;

    JdbcCustomerDirectory(JdbcTemplate jdbc, PersonDirectory people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    @Override
    public Optional<CircuitOwner> circuit(CircuitId circuitId) {
        return jdbc.query("select c.circuit_id, c.type, c.status, " + OWNER
                + " join circuit c on c.customer_id = g.id where c.circuit_id = ?", (rs, row) -> owner(rs,
                        CircuitId.of(rs.getString(1)), CircuitType.valueOf(rs.getString(2)),
                        CircuitStatus.valueOf(rs.getString(3))), circuitId.value()).stream().findFirst();
    }

    @Override
    public Optional<CircuitOwner> customer(CustomerCode customerCode) {
        return jdbc.query("select null, null, null, " + OWNER + " where g.customer_code = ?",
                (rs, row) -> owner(rs, null, null, null), customerCode.value()).stream().findFirst();
    }

    @Override
    public List<ServedCircuit> inService(String customerCode) {
        return jdbc.query("""
                select c.circuit_id, c.type, g.customer_code, g.name, g.tier from circuit c
                join group_customer g on g.id = c.customer_id
                where c.status in ('IN_SERVICE', 'CUTOVER') and (cast(? as varchar) is null or g.customer_code = ?)
                order by c.circuit_id""", (rs, row) -> new ServedCircuit(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5)), customerCode, customerCode);
    }

    /** The account manager is identity's person, asked of its directory. */
    private CircuitOwner owner(ResultSet rs, CircuitId circuitId, CircuitType type, CircuitStatus status)
            throws SQLException {
        Long managerId = (Long) rs.getObject(7);
        AccountManagerRef manager = managerId == null ? null : Optional.ofNullable(people.byIds(List.of(managerId))
                .get(managerId)).map(AccountManagerRefs::of).orElse(null);
        return new CircuitOwner(circuitId, type, status, CustomerCode.of(rs.getString(4)), rs.getString(5),
                ServiceTier.valueOf(rs.getString(6)), manager);
    }
}
