package io.kexiang.qualification.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.identity.CustomerScope;
import io.kexiang.shared.NotFoundException;
import io.kexiang.shared.web.FieldsProjection;
import io.kexiang.shared.web.JsonBodies;
import io.kexiang.shared.web.PageWindow;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * TMF645 {@code checkServiceQualification}: the group-customer department, account managers (for their own
 * customers) and OSS clients ask; everyone of the centre reads; an account manager reads their customers' checks.
 */
@RestController
@PreAuthorize("hasAuthority('STAFF') or hasRole('NMS_CLIENT')")
class CheckServiceQualificationController {

    private final ResourceChecks checks;
    private final QualificationRows rows;
    private final Tmf645Views views;
    private final ObjectMapper json;

    CheckServiceQualificationController(ResourceChecks checks, QualificationRows rows, Tmf645Views views,
            ObjectMapper json) {
        this.checks = checks;
        this.rows = rows;
        this.views = views;
        this.json = json;
    }

    @PostMapping(Tmf645Views.BASE)
    @PreAuthorize("hasAnyRole('ACCOUNT_MANAGER', 'NOC_ENGINEER', 'TECH_SPECIALIST', 'DEPT_MANAGER', 'ADMIN', "
            + "'NMS_CLIENT')")
    ResponseEntity<Map<String, Object>> create(@RequestBody byte[] body, Authentication caller) {
        long id = checks.request(CheckRequest.of(JsonBodies.object(json, body)), caller);
        return ResponseEntity.created(URI.create(Tmf645Views.BASE + "/" + id)).body(views.of(rows.find(id)
                .orElseThrow()));
    }

    @GetMapping(Tmf645Views.BASE)
    ResponseEntity<List<Map<String, Object>>> list(@RequestParam(required = false) Integer offset,
            @RequestParam(required = false) Integer limit, @RequestParam(required = false) String fields,
            @RequestParam(required = false) String state, Authentication caller) {
        PageWindow window = PageWindow.of(offset, limit);
        String own = CustomerScope.ownCustomersOf(caller).orElse(null);
        FieldsProjection projection = FieldsProjection.of(fields);
        List<Map<String, Object>> page = rows.list(own, state, window.offset(), window.limit()).stream()
                .map(views::of).map(projection::apply).toList();
        return PageWindow.respond(rows.count(own, state), page);
    }

    @GetMapping(Tmf645Views.BASE + "/{id}")
    Map<String, Object> get(@PathVariable long id, @RequestParam(required = false) String fields,
            Authentication caller) {
        Map<String, Object> check = rows.find(id).orElseThrow(() -> new NotFoundException("serviceQualification",
                id));
        String own = CustomerScope.ownCustomersOf(caller).orElse(null);
        if (own != null && !own.equals(check.get("account_manager_employee_id"))) {
            throw new NotFoundException("serviceQualification", id); // another's customer: not even there
        }
        return FieldsProjection.of(fields).apply(views.of(check));
    }
}
