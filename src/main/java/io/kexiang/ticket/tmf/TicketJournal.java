package io.kexiang.ticket.tmf;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.alarm.AlarmSummary;
import io.kexiang.shared.web.JsonBodies;
import io.kexiang.ticket.store.TicketAlarms;
import io.kexiang.ticket.store.TicketRows;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** A ticket's story, oldest first: its journal and the clears of its alarms. */
@Component
class TicketJournal {

    private final TicketRows rows;
    private final TicketAlarms alarms;
    private final ObjectMapper json;

    TicketJournal(TicketRows rows, TicketAlarms alarms, ObjectMapper json) {
        this.rows = rows;
        this.alarms = alarms;
        this.json = json;
    }

    List<Map<String, Object>> of(long id) {
        List<Map<String, Object>> journal = new ArrayList<>(rows.journal(id));
        // The detail as the JSON it is, as in an alarm's journal, not as a string of JSON.
        journal.forEach(entry -> entry.computeIfPresent("detail", (key, text) -> JsonBodies.object(json,
                ((String) text).getBytes(StandardCharsets.UTF_8))));
        // The clears of the ticket's alarms belong to its story; they are read from the alarms, so that the
        // intake's hot path writes nothing more per clear.
        for (AlarmSummary alarm : alarms.of(id)) {
            if (alarm.isCleared()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("at", Timestamp.from(alarm.clearedAt()));
                entry.put("actor", "kexiang");
                entry.put("action", "alarmCleared");
                entry.put("detail", json.createObjectNode().put("alarm", alarm.id().value()));
                journal.add(entry);
            }
        }
        journal.sort(Comparator.comparing(entry -> ((Timestamp) entry.get("at")).toInstant()));
        return journal;
    }
}
