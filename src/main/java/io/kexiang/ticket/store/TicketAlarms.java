package io.kexiang.ticket.store;

import io.kexiang.alarm.AlarmLookup;
import io.kexiang.alarm.AlarmSummary;
import io.kexiang.shared.AlarmId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A ticket's alarms as they are now (raised or cleared), oldest attached first: for its journal, report and moves. */
@Component
public class TicketAlarms {

    private final JdbcTemplate jdbc;
    private final AlarmLookup alarms;

    TicketAlarms(JdbcTemplate jdbc, AlarmLookup alarms) {
        this.jdbc = jdbc;
        this.alarms = alarms;
    }

    public List<AlarmSummary> of(long ticketId) {
        return jdbc.queryForList("select alarm_id from ticket_alarm where ticket_id = ? order by alarm_id",
                Long.class, ticketId).stream().map(AlarmId::of).map(alarms::find).flatMap(Optional::stream).toList();
    }
}
