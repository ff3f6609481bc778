package io.kexiang.alarm;

import io.kexiang.shared.AlarmId;
import io.kexiang.shared.TicketId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The tickets an alarm is on, for the alarm's own view: implemented by the ticket module, which keeps which
 * alarms each ticket has. Without it an alarm shows no tickets.
 */
public interface AlarmTickets {

    /** A ticket as an alarm shows it. */
    record TicketRef(TicketId id, String ticketNumber, String status) {
    }

    /** The tickets of each of these alarms (an alarm on none is absent). */
    Map<AlarmId, List<TicketRef>> of(Collection<AlarmId> alarmIds);
}
