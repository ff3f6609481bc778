package io.kexiang.presales.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.shared.web.JsonBodies;
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

/** {@code /api/v1/presales}: pre-sales cases (售前), opened by account managers and the centre. */
@RestController
@PreAuthorize("hasAuthority('STAFF')")
class PresalesController {

    private final PresalesCases cases;
    private final ObjectMapper json;

    PresalesController(PresalesCases cases, ObjectMapper json) {
        this.cases = cases;
        this.json = json;
    }

    @PostMapping("/api/v1/presales")
    @PreAuthorize("hasAnyRole('ACCOUNT_MANAGER', 'NOC_ENGINEER', 'DEPT_MANAGER', 'ADMIN')")
    ResponseEntity<Map<String, Object>> open(@RequestBody byte[] body, Authentication caller) {
        long id = cases.openCase(JsonBodies.object(json, body), caller);
        return ResponseEntity.created(URI.create("/api/v1/presales/" + id)).body(cases.view(id, caller));
    }

    @GetMapping("/api/v1/presales")
    List<Map<String, Object>> list(@RequestParam(defaultValue = "100") int limit, Authentication caller) {
        return cases.list(caller, Math.max(1, Math.min(limit, 1000)));
    }

    @GetMapping("/api/v1/presales/{id}")
    Map<String, Object> get(@PathVariable long id, Authentication caller) {
        return cases.view(id, caller);
    }
}
