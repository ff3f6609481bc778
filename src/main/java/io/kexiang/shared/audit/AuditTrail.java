package io.kexiang.shared.audit;

import io.kexiang.shared.Blank;
import io.kexiang.shared.database.Where;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Audit rows are written by database triggers (see V1__platform.sql), so every path that changes audited data is
 * covered. The triggers learn who acted from a transaction-local setting; this stamps it.
 */
@Component
public class AuditTrail {

    private final JdbcTemplate jdbc;

    AuditTrail(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Names the current user as the actor of every audited change in the surrounding transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void stampActor() {
        jdbc.queryForObject("select set_config('kexiang.actor', ?, true)", String.class, currentActor());
    }

    /**
     * The newest changes, for the console's audit page: occurredAt, actor, entityType, entityKey, action, before
     * and after (JSON text).
     */
    public List<Map<String, Object>> newest(String entityType, String entityKey, String actor, int limit) {
        return page(Blank.toNull(entityType), Blank.toNull(entityKey), Blank.toNull(actor), 0, Math.min(limit, 1000))
                .stream().map(record -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("occurredAt", record.occurredAt());
                    row.put("actor", record.actor());
                    row.put("entityType", record.entityType());
                    row.put("entityKey", record.entityKey());
                    row.put("action", record.action());
                    row.put("before", record.before());
                    row.put("after", record.after());
                    return row;
                }).toList();
    }


    /** The change history, newest first, narrowed by any of entity type, key and actor (null: not narrowed). */
    List<AuditRecord> page(String entityType, String entityKey, String actor, int offset, int limit) {
        Where where = where(entityType, entityKey, actor);
        return jdbc.query("select id, occurred_at, actor, entity_type, entity_key, action, before::text, after::text "
                + "from audit_entry" + where.sql() + " order by id desc limit ? offset ?", AuditTrail::record,
                where.args(limit, offset));
    }

    long count(String entityType, String entityKey, String actor) {
        Where where = where(entityType, entityKey, actor);
        return jdbc.queryForObject("select count(*) from audit_entry" + where.sql(), Long.class, where.args());
    }

    private static Where where(String entityType, String entityKey, String actor) {
        return new Where().and("entity_type = ?", entityType).and("entity_key = ?", entityKey).and("actor = ?", actor);
    }

    private static AuditRecord record(ResultSet rs, int row) throws SQLException {
        return new AuditRecord(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
