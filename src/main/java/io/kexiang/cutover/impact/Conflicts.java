package io.kexiang.cutover.impact;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Other live plans (submitted or approved, not finished) that touch the same circuits in an overlapping window:
 * two teams about to work on one customer's line at once. Flagged, not refused; the approver decides.
 */
@Component
public class Conflicts {

    private final JdbcTemplate jdbc;

    Conflicts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Conflict> with(Long planId, List<String> circuits, Instant start, Instant end) {
        if (circuits.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select p.id, p.number, p.title, p.status, p.window_start, p.window_end,
                    array_agg(c.circuit_id order by c.circuit_id)
                from cutover_circuit c join cutover_plan p on p.id = c.plan_id
                where c.circuit_id = any (?) and p.id <> ? and p.window_start < ? and p.window_end > ?
                    and p.status in ('submitted', 'approved', 'notified', 'inProgress')
                group by p.id order by p.window_start""", (rs, row) -> new Conflict(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant(),
                Arrays.asList((String[]) rs.getArray(7).getArray())), circuits.toArray(String[]::new),
                planId == null ? -1 : planId, Timestamp.from(end), Timestamp.from(start));
    }

    public record Conflict(long id, String number, String title, String status, Instant windowStart,
                           Instant windowEnd, List<String> circuits) {
    }
}
