package io.kexiang.shared.audit;

import io.kexiang.shared.web.PageWindow;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/audit}: the change history, newest first, for administrators and managers. */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'DEPT_MANAGER', 'VP')")
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/v1/audit")
    ResponseEntity<List<AuditRecord>> list(@RequestParam(required = false) String entityType,
            @RequestParam(required = false) String entityKey, @RequestParam(required = false) String actor,
            @RequestParam(required = false) Integer offset, @RequestParam(required = false) Integer limit) {
        PageWindow window = PageWindow.of(offset, limit);
        return PageWindow.respond(trail.count(entityType, entityKey, actor),
                trail.page(entityType, entityKey, actor, window.offset(), window.limit()));
    }
}
