package io.kexiang.ticket.store;

import io.kexiang.alarm.AlarmTickets;
import io.kexiang.shared.AlarmId;
import io.kexiang.shared.TicketId;
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
    public Map<AlarmId, List<TicketRef>> of(Collection<AlarmId> alarmIds) {
        Map<AlarmId, List<TicketRef>> tickets = new HashMap<>();
        jdbc.query("""
                select ta.alarm_id, t.id, t.number, t.status from ticket_alarm ta join trouble_ticket t on t.id = ta.ticket_id
                where ta.alarm_id = any (?) order by t.id""", rs -> {
            tickets.computeIfAbsent(AlarmId.of(rs.getLong(1)), alarm -> new ArrayList<>())
                    .add(new TicketRef(TicketId.of(rs.getLong(2)), rs.getString(3), rs.getString(4)));
        }, (Object) alarmIds.stream().map(AlarmId::value).toArray(Long[]::new));
        return tickets;
    }
}
