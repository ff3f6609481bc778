package io.kexiang.inventory.resolver;

import io.kexiang.identity.PersonDirectory;
import io.kexiang.inventory.AccountManagerRef;
import io.kexiang.inventory.AccountManagerRefs;
import io.kexiang.inventory.CircuitMatch;
import io.kexiang.inventory.CircuitStatus;
import io.kexiang.inventory.CircuitType;
import io.kexiang.inventory.NetworkElementRef;
import io.kexiang.inventory.NetworkElementRole;
import io.kexiang.inventory.circuit.Timeslots;
import io.kexiang.shared.CircuitId;
import io.kexiang.shared.CustomerCode;
import io.kexiang.shared.ServiceTier;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the whole live inventory in three streaming queries. Ceased circuits, customers and elements are left
 * out: an alarm on them is an infrastructure alarm. (Reads the person table for the account manager's contact:
 * a read model, the one place inventory looks into identity's tables.)
 */
@Component
class ResolverIndexLoader {

    private static final String ELEMENTS = """
            select id, name, role, vendor, site, nms_name, trap_communities from network_element
            where status = 'ACTIVE'""";
    private static final String ADDRESSES = """
            select a.ne_id, a.address from ne_address a join network_element n on n.id = a.ne_id
            where n.status = 'ACTIVE'""";
    private static final String ENDS = """
            select t.ne_id, t.end_label, t.if_index, t.if_name, t.dlci, t.vpi, t.vci, t.vrf, t.e1_line, t.timeslots,
                   c.circuit_id, c.type, c.status, n.name, g.customer_code, g.name, g.tier, g.account_manager_id
            from termination t
            join circuit c on c.id = t.circuit_id
            join network_element n on n.id = t.ne_id
            join group_customer g on g.id = c.customer_id
            where c.status <> 'CEASED' and g.status = 'ACTIVE' and n.status = 'ACTIVE'""";

    private final JdbcTemplate jdbc;
    private final PersonDirectory people;

    ResolverIndexLoader(JdbcTemplate jdbc, PersonDirectory people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    ResolverIndex load() {
        ResolverIndex.Builder builder = new ResolverIndex.Builder();
        jdbc.query(ELEMENTS, rs -> {
            builder.element(rs.getLong(1), new NetworkElementRef(rs.getString(2),
                    NetworkElementRole.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getString(6),
                    rs.getString(7) == null ? List.of() : List.of(rs.getString(7).split(","))));
        });
        jdbc.query(ADDRESSES, rs -> {
            builder.address(rs.getLong(1), rs.getString(2));
        });
        // The account managers are identity's people: asked of its directory once, not joined from its table.
        Map<Long, AccountManagerRef> managers = new HashMap<>();
        people.byIds(jdbc.queryForList("select distinct account_manager_id from group_customer "
                + "where account_manager_id is not null", Long.class))
                .forEach((id, person) -> managers.put(id, AccountManagerRefs.of(person)));
        jdbc.query(con -> {
            var statement = con.prepareStatement(ENDS);
            statement.setFetchSize(10_000);
            return statement;
        }, rs -> {
            builder.end(rs.getLong(1), end(rs, managers), (Integer) rs.getObject(3), rs.getString(4));
        });
        return builder.build();
    }

    private static IndexedEnd end(ResultSet rs, Map<Long, AccountManagerRef> managers) throws SQLException {
        Long managerId = (Long) rs.getObject(18);
        AccountManagerRef manager = managerId == null ? null : managers.get(managerId);
        CircuitMatch match = new CircuitMatch(CircuitId.of(rs.getString(11)), CircuitType.valueOf(rs.getString(12)),
                CircuitStatus.valueOf(rs.getString(13)), rs.getString(2).charAt(0), rs.getString(14),
                (Integer) rs.getObject(3), rs.getString(4), CustomerCode.of(rs.getString(15)), rs.getString(16),
                ServiceTier.valueOf(rs.getString(17)), manager);
        return new IndexedEnd(match, (Integer) rs.getObject(5), (Integer) rs.getObject(6), (Integer) rs.getObject(7),
                rs.getString(8), rs.getString(9), Timeslots.mask(rs.getString(10)).orElse(0));
    }
}
