package io.kexiang.ticket.store;

import io.kexiang.alarm.AlarmTickets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Which tickets each alarm is on, for the alarm's TMF642 view: one query per page of alarms. */
@Component
class JdbcAlarmTickets implements AlarmTickets {

    private final JdbcTemplate jdbc;

    JdbcAlarmTickets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, List<TicketRef>> of(Collection<Long> alarmIds) {
        Map<Long, List<TicketRef>> tickets = new HashMap<>();
        jdbc.query("""
                select ta.alarm_id, t.id, t.number, t.status from ticket_alarm ta join trouble_ticket t on t.id = ta.ticket_id
                where ta.alarm_id = any (?) order by t.id""", rs -> {
            tickets.computeIfAbsent(rs.getLong(1), alarm -> new ArrayList<>())
                    .add(new TicketRef(rs.getLong(2), rs.getString(3), rs.getString(4)));
        }, (Object) alarmIds.toArray(Long[]::new));
        return tickets;
    }
}
