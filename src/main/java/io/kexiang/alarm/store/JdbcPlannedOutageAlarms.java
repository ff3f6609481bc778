package io.kexiang.alarm.store;

import io.kexiang.alarm.AlarmChanged;
import io.kexiang.alarm.PlannedOutageAlarms;
import io.kexiang.shared.AlarmId;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class JdbcPlannedOutageAlarms implements PlannedOutageAlarms {

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JdbcPlannedOutageAlarms(JdbcTemplate jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public List<AlarmId> endOutage(long cutoverId) {
        Instant now = clock.instant();
        List<Ended> ended = jdbc.query("""
                update alarm set planned_outage = false, changed_at = ?
                where cutover_id = ? and planned_outage and state <> 'cleared'
                returning id, perceived_severity, parent_alarm_id""", (rs, row) -> new Ended(rs.getLong(1),
                rs.getString(2), (Long) rs.getObject(3)), Timestamp.from(now), cutoverId);
        List<AlarmId> active = new ArrayList<>();
        for (Ended alarm : ended) {
            active.add(AlarmId.of(alarm.id()));
            jdbc.update("insert into alarm_journal (alarm_id, at, actor, system_id, action, detail) "
                    + "values (?, ?, 'kexiang', null, 'plannedOutageEnded', ?::jsonb)", alarm.id(),
                    Timestamp.from(now), "{\"cutover\": " + cutoverId + "}");
            events.publishEvent(new AlarmChanged(AlarmId.of(alarm.id()), AlarmChanged.PLANNED_OUTAGE_ENDED,
                    alarm.severity(), AlarmId.orNull(alarm.parentId()), now));
        }
        return active;
    }

    private record Ended(long id, String severity, Long parentId) {
    }
}
