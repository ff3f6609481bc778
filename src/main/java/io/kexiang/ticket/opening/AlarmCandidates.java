package io.kexiang.ticket.opening;

import io.kexiang.alarm.AlarmRaised;
import io.kexiang.alarm.AlarmChanged;
import io.kexiang.shared.database.BeforeCommit;
import io.kexiang.ticket.store.TicketSettings;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A service-affecting alarm becomes a ticket candidate in the alarm's own transaction, due when its hold-off ends
 * (the shortest of its customers' tiers): nothing is lost across a restart, and a blip that clears sooner opens
 * nothing. An alarm inside an approved cutover's window is expected and opens nothing, until the window ends with
 * it still active.
 */
@Component
class AlarmCandidates {

    private final TicketSettings settings;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    /** A batch of alarms makes its candidates in one statement, just before its transaction commits. */
    private final BeforeCommit<Object[]> candidates = new BeforeCommit<>(this::insert);

    AlarmCandidates(TicketSettings settings, JdbcTemplate jdbc, Clock clock) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void on(AlarmRaised raised) {
        if (raised.customerCodes().isEmpty() || raised.plannedOutage()) {
            return;
        }
        Duration holdOff = raised.tiers().stream().map(tier -> settings.holdOffFor(tier.name()))
                .min(Duration::compareTo).orElse(settings.holdOff());
        candidate(raised.alarmId().value(), clock.instant().plus(holdOff));
    }

    /** What a cutover left broken at its window's end is a fault now: its tickets open at once. */
    @EventListener
    void on(AlarmChanged changed) {
        if (changed.change().equals(AlarmChanged.PLANNED_OUTAGE_ENDED)) {
            candidate(changed.alarmId().value(), clock.instant());
        }
    }

    private void candidate(long alarmId, Instant due) {
        candidates.add(new Object[] {alarmId, Timestamp.from(due), Timestamp.from(clock.instant())});
    }

    private void insert(List<Object[]> rows) {
        jdbc.batchUpdate("insert into ticket_candidate (alarm_id, due_at, created_at) values (?, ?, ?) "
                + "on conflict do nothing", rows);
    }
}
