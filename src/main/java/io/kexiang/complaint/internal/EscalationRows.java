package io.kexiang.complaint.internal;

import io.kexiang.complaint.ComplaintEscalations.Entry;
import io.kexiang.complaint.ComplaintEscalations.Escalation;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The complaint_escalation rows and their instructions and follow-ups. */
@Component
class EscalationRows {

    private final JdbcTemplate jdbc;

    EscalationRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Raises it unless it was raised already; its id when this call raised it. */
    Optional<Long> raise(String kind, String subject, String customerCode, String customerName, String ticket,
            String detail, Instant at) {
        return jdbc.query("""
                insert into complaint_escalation (kind, subject, customer_code, customer_name, ticket_number, detail,
                    raised_at) values (?, ?, ?, ?, ?, ?, ?)
                on conflict (kind, subject) do nothing returning id""", (rows, row) -> rows.getLong(1), kind, subject,
                customerCode, customerName, ticket, detail, Timestamp.from(at)).stream().findFirst();
    }

    List<Escalation> list(String where, Object... arguments) {
        List<Escalation> found = jdbc.query("select * from complaint_escalation where " + where
                + " order by raised_at desc, id desc limit 500", EscalationRows::escalation, arguments);
        if (found.isEmpty()) {
            return found;
        }
        Map<Long, List<Entry>> entries = new LinkedHashMap<>();
        jdbc.query("""
                select escalation_id, kind, text, author, at from complaint_instruction
                where escalation_id = any (?) order by at, id""", rows -> {
            entries.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(new Entry(rows.getString(2),
                    rows.getString(3), rows.getString(4), rows.getTimestamp(5).toInstant()));
        }, (Object) found.stream().map(Escalation::id).toArray(Long[]::new));
        return found.stream().map(escalation -> new Escalation(escalation.id(), escalation.kind(),
                escalation.subject(), escalation.customerCode(), escalation.customerName(), escalation.ticketNumber(),
                escalation.detail(), escalation.raisedAt(), escalation.closedAt(), escalation.closedBy(),
                entries.getOrDefault(escalation.id(), List.of()))).toList();
    }

    Optional<Escalation> find(long id) {
        return list("id = ?", id).stream().findFirst();
    }

    void add(long id, String kind, String text, String author, Instant at) {
        jdbc.update("insert into complaint_instruction (escalation_id, kind, text, author, at) values (?, ?, ?, ?, ?)",
                id, kind, text, author, Timestamp.from(at));
    }

    boolean close(long id, String by, Instant at) {
        return jdbc.update("update complaint_escalation set closed_at = ?, closed_by = ? where id = ? and closed_at "
                + "is null", Timestamp.from(at), by, id) > 0;
    }

    private static Escalation escalation(ResultSet rows, int row) throws SQLException {
        Timestamp closed = rows.getTimestamp("closed_at");
        return new Escalation(rows.getLong("id"), rows.getString("kind"), rows.getString("subject"),
                rows.getString("customer_code"), rows.getString("customer_name"), rows.getString("ticket_number"),
                rows.getString("detail"), rows.getTimestamp("raised_at").toInstant(),
                closed == null ? null : closed.toInstant(), rows.getString("closed_by"), List.of());
    }
}
