package io.kexiang.cutover.api;

import io.kexiang.cutover.plan.CutoverRows;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue of reasons to reject a cutover (不同意原因); admins maintain it, a reason is retired, not deleted. */
@RestController
class RejectReasonController {

    private final CutoverRows rows;

    RejectReasonController(CutoverRows rows) {
        this.rows = rows;
    }

    @GetMapping("/api/v1/cutover-reject-reasons")
    @PreAuthorize("hasAuthority('STAFF')")
    List<Map<String, Object>> list() {
        return rows.rejectReasons();
    }

    @PutMapping("/api/v1/cutover-reject-reasons/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    Map<String, Object> put(@PathVariable @Pattern(regexp = "[A-Z0-9_]{1,32}") String code,
            @Valid @RequestBody Reason reason) {
        return rows.putRejectReason(code, reason.nameZh(), reason.nameEn(), reason.active() == null
                || reason.active());
    }

    record Reason(@NotBlank @Size(max = 64) String nameZh, @NotBlank @Size(max = 100) String nameEn, Boolean active) {
    }
}
