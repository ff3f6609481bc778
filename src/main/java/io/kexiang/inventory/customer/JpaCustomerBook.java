package io.kexiang.inventory.customer;

import io.kexiang.identity.CustomerScope;
import io.kexiang.identity.PersonDirectory;
import io.kexiang.identity.PersonRef;
import io.kexiang.inventory.AccountManagerRefs;
import io.kexiang.inventory.CustomerBook;
import io.kexiang.shared.CustomerCode;
import io.kexiang.shared.ForbiddenException;
import io.kexiang.shared.NotFoundException;
import io.kexiang.shared.Text;
import io.kexiang.shared.database.Like;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
class JpaCustomerBook implements CustomerBook {

    private final GroupCustomers customers;
    private final PersonDirectory people;
    private final JdbcTemplate jdbc;

    JpaCustomerBook(GroupCustomers customers, PersonDirectory people, JdbcTemplate jdbc) {
        this.customers = customers;
        this.people = people;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, Object>> customers(String query, Authentication viewer, int limit) {
        Specification<GroupCustomer> filter = Specification.where(null);
        if (query != null && !query.isBlank()) {
            filter = filter.and((c, q, cb) -> cb.or(Like.contains(cb, c.get("name"), query),
                    Like.contains(cb, c.get("customerCode"), query)));
        }
        Optional<Long> own = managerId(viewer);
        if (own.isPresent()) {
            filter = filter.and((c, q, cb) -> cb.equal(c.get("accountManagerId"), own.get()));
        }
        List<GroupCustomer> page = customers.findAll(filter, PageRequest.of(0, Math.min(limit, 1000),
                Sort.by("customerCode"))).getContent();
        Map<Long, PersonRef> managers = people.byIds(page.stream().map(GroupCustomer::accountManagerId)
                .filter(Objects::nonNull).distinct().toList());
        return page.stream().map(customer -> view(customer, managers.get(customer.accountManagerId()))).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> customer(CustomerCode code, Authentication viewer) {
        GroupCustomer customer = customers.findByCustomerCode(code.value())
                .orElseThrow(() -> new NotFoundException("customer", code.value()));
        Optional<Long> own = managerId(viewer);
        if (own.isPresent() && !own.get().equals(customer.accountManagerId())) {
            throw new ForbiddenException(Text.of("inventory.notYourCustomer", code.value()));
        }
        PersonRef manager = customer.accountManagerId() == null ? null
                : people.byIds(List.of(customer.accountManagerId())).get(customer.accountManagerId());
        Map<String, Object> view = view(customer, manager);
        view.put("circuits", jdbc.queryForList("""
                select c.circuit_id as "circuitId", c.type, c.status, c.bandwidth_kbps as "bandwidthKbps"
                from circuit c join group_customer g on g.id = c.customer_id
                where g.customer_code = ? order by c.circuit_id""", code.value()));
        return view;
    }

    /** The viewer's own person id when they see their own customers only. */
    private Optional<Long> managerId(Authentication viewer) {
        return CustomerScope.ownCustomersOf(viewer).map(employee -> people.byEmployeeId(employee)
                .map(PersonRef::id).orElse(-1L));
    }

    private static Map<String, Object> view(GroupCustomer customer, PersonRef manager) {
        CustomerView view = customer.view(manager == null ? null : AccountManagerRefs.of(manager));
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("customerCode", view.customerCode());
        map.put("name", view.name());
        map.put("tier", view.tier().name());
        map.put("industry", view.industry());
        map.put("accountManager", view.accountManager());
        map.put("contacts", view.contacts().stream().map(contact -> {
            Map<String, Object> each = new LinkedHashMap<>();
            each.put("name", contact.name());
            each.put("title", contact.title());
            each.put("phone", contact.phone() != null ? contact.phone() : contact.mobile());
            return each;
        }).toList());
        map.put("status", view.status());
        return map;
    }
}
