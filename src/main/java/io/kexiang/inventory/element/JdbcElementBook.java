package io.kexiang.inventory.element;

import io.kexiang.identity.CustomerScope;
import io.kexiang.identity.PersonDirectory;
import io.kexiang.identity.PersonRef;
import io.kexiang.inventory.ElementBook;
import io.kexiang.shared.NotFoundException;
import io.kexiang.shared.csv.CsvImports;
import io.kexiang.shared.database.Like;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@PreAuthorize("hasAuthority('STAFF')")
class JdbcElementBook implements ElementBook {

    private final NetworkElements elements;
    private final JdbcTemplate jdbc;
    private final PersonDirectory people;
    private final CsvImports imports;
    private final NetworkElementImport kind;

    JdbcElementBook(NetworkElements elements, JdbcTemplate jdbc, PersonDirectory people, CsvImports imports,
            NetworkElementImport kind) {
        this.imports = imports;
        this.kind = kind;
        this.people = people;
        this.elements = elements;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, Object>> elements(String query, int limit) {
        Specification<NetworkElement> filter = Specification.where(null);
        if (query != null && !query.isBlank()) {
            filter = filter.and((ne, q, cb) -> cb.or(Like.containsIgnoringCase(cb, ne.get("name"), query),
                    Like.contains(cb, ne.get("site"), query), Like.containsIgnoringCase(cb, ne.get("vendor"), query),
                    cb.isMember(query.trim(), ne.get("addresses"))));
        }
        List<NetworkElement> page = elements.findAll(filter, PageRequest.of(0, Math.min(limit, 1000),
                Sort.by("name"))).getContent();
        Map<Long, Long> circuits = circuitCounts(page.stream().map(NetworkElement::id).toList());
        return page.stream().map(element -> {
            Map<String, Object> row = describe(element.view());
            row.put("circuits", circuits.getOrDefault(element.id(), 0L));
            return row;
        }).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> element(String name, Authentication viewer) {
        NetworkElement element = elements.findByName(name)
                .orElseThrow(() -> new NotFoundException("networkElement", name));
        Map<String, Object> view = describe(element.view());
        // An account manager's own customers: their person id (-1 when they have none on record, so none match).
        Long own = CustomerScope.ownCustomersOf(viewer).map(employee -> people.byEmployeeId(employee)
                .map(PersonRef::id).orElse(-1L)).orElse(null);
        view.put("terminations", jdbc.queryForList("""
                select c.circuit_id as "circuitId", c.type, c.status, t.end_label as "end", t.if_index as "ifIndex",
                       t.if_name as "ifName", t.dlci, t.vpi, t.vci, t.vrf, t.e1_line as "e1Line",
                       g.customer_code as "customerCode", g.name as "customerName", g.tier
                from termination t
                join circuit c on c.id = t.circuit_id
                join group_customer g on g.id = c.customer_id
                where t.ne_id = ? and (?::bigint is null or g.account_manager_id = ?::bigint)
                order by t.if_index nulls last, c.circuit_id""", element.id(), own, own));
        return view;
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public void trapCommunities(String name, List<String> communities) {
        NetworkElement element = elements.findByName(name).filter(found -> !"CEASED".equals(found.view().status()))
                .orElseThrow(() -> new NotFoundException("networkElement", name));
        imports.writeOne(kind, element.withCommunities(communities));
    }

    private Map<Long, Long> circuitCounts(List<Long> ids) {
        Map<Long, Long> counts = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            jdbc.query("select ne_id, count(distinct circuit_id) from termination where ne_id = any (?) group by ne_id",
                    row -> {
                        counts.put(row.getLong(1), row.getLong(2));
                    }, (Object) ids.toArray(Long[]::new));
        }
        return counts;
    }

    private static Map<String, Object> describe(NetworkElementView element) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", element.name());
        view.put("role", element.role());
        view.put("vendor", element.vendor());
        view.put("model", element.model());
        view.put("site", element.site());
        view.put("mgmtIps", element.mgmtIps());
        view.put("nmsName", element.nmsName());
        view.put("trapCommunities", element.trapCommunities());
        view.put("status", element.status());
        return view;
    }
}
