package io.kexiang.alarm.store;

import io.kexiang.alarm.AlarmOutages;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outages are read in two ranges, each on an index: alarms raised in the period, and alarms raised before it
 * that were still raised at its start.
 */
@Component
@Transactional(readOnly = true)
class JdbcAlarmOutages implements AlarmOutages {

    private final JdbcTemplate jdbc;

    JdbcAlarmOutages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Outage> outages(Instant from, Instant to, String customerCode) {
        Timestamp since = Timestamp.from(from);
        Timestamp until = Timestamp.from(to);
        // Two disjoint halves, each with an index of its own: raised in the period (alarm_raised), and raised before
        // it but not cleared by its start (alarm_outage_end). One OR of both read the whole table every time.
        return jdbc.query("""
                select c.circuit_id, a.id, a.raised_at, a.cleared_at from alarm a
                join alarm_circuit c on c.alarm_id = a.id
                where a.service_affecting and (cast(? as varchar) is null or c.customer_code = ?)
                  and a.raised_at >= ? and a.raised_at < ?
                union all
                select c.circuit_id, a.id, a.raised_at, a.cleared_at from alarm a
                join alarm_circuit c on c.alarm_id = a.id
                where a.service_affecting and (cast(? as varchar) is null or c.customer_code = ?)
                  and coalesce(a.cleared_at, 'infinity') > ? and a.raised_at < ?""", (rows, row) -> new Outage(
                rows.getString(1), rows.getLong(2), rows.getTimestamp(3).toInstant(), rows.getTimestamp(4) == null
                        ? null : rows.getTimestamp(4).toInstant()), customerCode, customerCode, since, until,
                customerCode, customerCode, since, since);
    }
}
