package io.kexiang.ticket.opening;

import io.kexiang.alarm.AlarmRaised;
import io.kexiang.ticket.store.TicketSettings;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A service-affecting alarm becomes a ticket candidate in the alarm's own transaction, due when its hold-off ends
 * (the shortest of its customers' tiers): nothing is lost across a restart, and a blip that clears sooner opens
 * nothing.
 */
@Component
class AlarmCandidates {

    private final TicketSettings settings;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    AlarmCandidates(TicketSettings settings, JdbcTemplate jdbc, Clock clock) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    void on(AlarmRaised raised) {
        if (raised.customerCodes().isEmpty()) {
            return;
        }
        Duration holdOff = raised.tiers().stream().map(tier -> settings.holdOffFor(tier.name()))
                .min(Duration::compareTo).orElse(settings.holdOff());
        Instant now = clock.instant();
        jdbc.update("insert into ticket_candidate (alarm_id, due_at, created_at) values (?, ?, ?) "
                + "on conflict do nothing", raised.alarmId(), Timestamp.from(now.plus(holdOff)), Timestamp.from(now));
    }
}
