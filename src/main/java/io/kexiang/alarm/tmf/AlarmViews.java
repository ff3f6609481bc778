package io.kexiang.alarm.tmf;

import io.kexiang.alarm.AlarmTickets;
import io.kexiang.alarm.store.Alarm;
import io.kexiang.alarm.store.Alarms;
import io.kexiang.hub.HubPayload;
import io.kexiang.shared.AlarmId;
import io.kexiang.shared.NotFoundException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Alarms as TMF642 shows them, with their storm children looked up in one query per page; also what the hub's
 * notifications carry ({@code {"event": {"alarm": {…}}}}).
 */
@Component
class AlarmViews implements HubPayload {

    static final String API = "alarmManagement";

    private final Alarms alarms;
    private final ObjectProvider<AlarmTickets> tickets;

    AlarmViews(Alarms alarms, ObjectProvider<AlarmTickets> tickets) {
        this.alarms = alarms;
        this.tickets = tickets;
    }

    List<Map<String, Object>> of(List<Alarm> page) {
        Map<Long, List<Long>> children = new HashMap<>();
        if (!page.isEmpty()) {
            for (Object[] pair : alarms.childrenOf(page.stream().map(Alarm::id).toList())) {
                children.computeIfAbsent((Long) pair[0], parent -> new ArrayList<>()).add((Long) pair[1]);
            }
        }
        AlarmTickets ticketsOf = tickets.getIfAvailable();
        Map<AlarmId, List<AlarmTickets.TicketRef>> onTickets = ticketsOf == null || page.isEmpty() ? Map.of()
                : ticketsOf.of(page.stream().map(alarm -> AlarmId.of(alarm.id())).toList());
        return page.stream().map(alarm -> AlarmRepresentation.of(alarm, children.getOrDefault(alarm.id(),
                List.of()), onTickets.getOrDefault(AlarmId.of(alarm.id()), List.of()))).toList();
    }

    @Override
    public String api() {
        return API;
    }

    @Override
    public String resource() {
        return "alarm";
    }

    @Override
    public Map<String, Object> render(long id) {
        return of(id);
    }

    /** One read of the alarms, one of their children and one of their tickets, however many. */
    @Override
    public Map<Long, Map<String, Object>> renderAll(List<Long> ids) {
        List<Alarm> found = alarms.findAllById(ids);
        List<Map<String, Object>> rendered = of(found);
        Map<Long, Map<String, Object>> byId = new HashMap<>();
        for (int i = 0; i < found.size(); i++) {
            byId.put(found.get(i).id(), rendered.get(i));
        }
        return byId;
    }

    Map<String, Object> of(long id) {
        Alarm alarm = alarms.findById(id).orElseThrow(() -> new NotFoundException("alarm", id));
        return of(List.of(alarm)).get(0);
    }
}
