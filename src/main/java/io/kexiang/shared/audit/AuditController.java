package io.kexiang.shared.audit;

import io.kexiang.shared.database.Where;
import io.kexiang.shared.web.PageWindow;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/audit}: the change history, newest first, for administrators and managers. */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'DEPT_MANAGER', 'VP')")
class AuditController {

    private final JdbcTemplate jdbc;

    AuditController(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/api/v1/audit")
    ResponseEntity<List<AuditRecord>> list(@RequestParam(required = false) String entityType,
            @RequestParam(required = false) String entityKey, @RequestParam(required = false) String actor,
            @RequestParam(required = false) Integer offset, @RequestParam(required = false) Integer limit) {
        PageWindow window = PageWindow.of(offset, limit);
        Where where = new Where().and("entity_type = ?", entityType).and("entity_key = ?", entityKey)
                .and("actor = ?", actor);
        Long total = jdbc.queryForObject("select count(*) from audit_entry" + where.sql(), Long.class, where.args());
        List<AuditRecord> page = jdbc.query("select id, occurred_at, actor, entity_type, entity_key, action, "
                + "before::text, after::text from audit_entry" + where.sql() + " order by id desc limit ? offset ?",
                AuditController::record, where.args(window.limit(), window.offset()));
        return PageWindow.respond(total, page);
    }

    private static AuditRecord record(ResultSet rs, int row) throws SQLException {
        return new AuditRecord(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
    }
}
