package io.kexiang.inventory.customer;

import io.kexiang.identity.CustomerScope;
import io.kexiang.identity.PersonDirectory;
import io.kexiang.identity.PersonRef;
import io.kexiang.inventory.AccountManagerRefs;
import io.kexiang.shared.ConflictException;
import io.kexiang.shared.ForbiddenException;
import io.kexiang.shared.NotFoundException;
import io.kexiang.shared.ServiceTier;
import io.kexiang.shared.Text;
import io.kexiang.shared.csv.CsvImports;
import io.kexiang.shared.csv.ImportCounts;
import io.kexiang.shared.web.PageWindow;
import io.kexiang.shared.web.PathKeys;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/customers}: group customers (集团客户); staff read, administrators change; delete ceases. */
@RestController
@PreAuthorize("hasAuthority('STAFF')")
class CustomerController {

    private static final String PATH = "/api/v1/customers";

    private final GroupCustomers customers;
    private final CustomerImport kind;
    private final CustomerWriter writer;
    private final CsvImports imports;
    private final PersonDirectory people;

    CustomerController(GroupCustomers customers, CustomerImport kind, CustomerWriter writer, CsvImports imports,
            PersonDirectory people) {
        this.customers = customers;
        this.kind = kind;
        this.writer = writer;
        this.imports = imports;
        this.people = people;
    }

    @GetMapping(PATH)
    @Transactional(readOnly = true)
    ResponseEntity<List<CustomerView>> list(@RequestParam(required = false) String name,
            @RequestParam(required = false) ServiceTier tier, @RequestParam(required = false) String industry,
            @RequestParam(required = false) String accountManager, @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer offset, @RequestParam(required = false) Integer limit,
            Authentication caller) {
        // An account manager lists their own customers, whatever the filter asks.
        String manager = CustomerScope.ownCustomersOf(caller).orElse(accountManager);
        Long managerId = manager == null ? null : people.byEmployeeId(manager).map(PersonRef::id).orElse(-1L);
        var filter = CustomerFilters.matching(name, tier, industry, managerId, status);
        Page<GroupCustomer> page = customers.findAll(filter,
                PageWindow.of(offset, limit).pageable(Sort.by("customerCode")));
        return PageWindow.respond(page, views(page.getContent()));
    }

    @GetMapping(PATH + "/{code}")
    @Transactional(readOnly = true)
    CustomerView get(@PathVariable String code, Authentication caller) {
        CustomerView view = view(code);
        CustomerScope.ownCustomersOf(caller).filter(manager -> view.accountManager() == null
                || !manager.equals(view.accountManager().employeeId())).ifPresent(manager -> {
                    throw new ForbiddenException(Text.of("inventory.notYourCustomer", code));
                });
        return view;
    }

    @PostMapping(PATH)
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<CustomerView> create(@Valid @RequestBody CustomerDraft draft) {
        if (customers.findByCustomerCode(draft.customerCode()).isPresent()) {
            throw new ConflictException(Text.of("problem.exists", Text.of("thing.customer"), draft.customerCode()));
        }
        imports.writeOne(kind, draft);
        return ResponseEntity.created(URI.create(PATH + "/" + draft.customerCode())).body(view(draft.customerCode()));
    }

    @PutMapping(PATH + "/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    CustomerView update(@PathVariable String code, @Valid @RequestBody CustomerDraft draft) {
        PathKeys.requireSame("customerCode", code, draft.customerCode());
        find(code);
        imports.writeOne(kind, draft);
        return view(code);
    }

    @DeleteMapping(PATH + "/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> cease(@PathVariable String code) {
        find(code);
        writer.cease(code);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/api/v1/import/customers", consumes = "text/csv")
    @PreAuthorize("hasRole('ADMIN')")
    ImportCounts importFile(@RequestBody byte[] body, @RequestParam(defaultValue = "false") boolean dryRun) {
        return imports.run(kind, body, dryRun);
    }

    private CustomerView view(String code) {
        return views(List.of(find(code))).get(0);
    }

    private GroupCustomer find(String code) {
        return customers.findByCustomerCode(code).orElseThrow(() -> new NotFoundException("customer", code));
    }

    private List<CustomerView> views(List<GroupCustomer> page) {
        Map<Long, PersonRef> managers = people.byIds(
                page.stream().map(GroupCustomer::accountManagerId).filter(Objects::nonNull).distinct().toList());
        return page.stream().map(customer -> {
            PersonRef m = customer.accountManagerId() == null ? null : managers.get(customer.accountManagerId());
            return customer.view(m == null ? null : AccountManagerRefs.of(m));
        }).toList();
    }
}
