package io.kexiang.cutover.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue of reasons to reject a cutover (不同意原因); admins maintain it, a reason is retired, not deleted. */
@RestController
class RejectReasonController {

    private final JdbcTemplate jdbc;

    RejectReasonController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/v1/cutover-reject-reasons")
    @PreAuthorize("hasAuthority('STAFF')")
    List<Map<String, Object>> list() {
        return jdbc.queryForList("select code, name_zh as \"nameZh\", name_en as \"nameEn\", active "
                + "from cutover_reject_reason order by code");
    }

    @PutMapping("/api/v1/cutover-reject-reasons/{code}")
    @PreAuthorize("hasRole('ADMIN')")
    Map<String, Object> put(@PathVariable @Pattern(regexp = "[A-Z0-9_]{1,32}") String code,
            @Valid @RequestBody Reason reason) {
        jdbc.update("""
                insert into cutover_reject_reason (code, name_zh, name_en, active) values (?, ?, ?, ?)
                on conflict (code) do update set name_zh = excluded.name_zh, name_en = excluded.name_en,
                    active = excluded.active""", code, reason.nameZh(), reason.nameEn(), reason.active() == null
                || reason.active());
        return jdbc.queryForMap("select code, name_zh as \"nameZh\", name_en as \"nameEn\", active "
                + "from cutover_reject_reason where code = ?", code);
    }

    record Reason(@NotBlank @Size(max = 64) String nameZh, @NotBlank @Size(max = 100) String nameEn, Boolean active) {
    }
}
