package io.kexiang.cutover.window;

import io.kexiang.cutover.CutoverWindows;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class JdbcCutoverWindows implements CutoverWindows {

    private final JdbcTemplate jdbc;

    JdbcCutoverWindows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CircuitWindow> approved(Instant from, Instant to) {
        return jdbc.query("""
                select c.circuit_id, p.number, p.title, p.window_start, p.window_end from cutover_plan p
                join cutover_circuit c on c.plan_id = p.id
                where p.status in ('approved', 'notified', 'inProgress', 'completed', 'rolledBack')
                  and c.impact <> 'none' and p.window_start < ? and p.window_end > ?
                order by c.circuit_id, p.window_start""", (rows, row) -> new CircuitWindow(rows.getString(1),
                rows.getString(2), rows.getString(3), rows.getTimestamp(4).toInstant(), rows.getTimestamp(5).toInstant()),
                Timestamp.from(to), Timestamp.from(from));
    }
}
