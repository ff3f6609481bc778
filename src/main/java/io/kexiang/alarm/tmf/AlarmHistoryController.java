package io.kexiang.alarm.tmf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.alarm.store.Alarms;
import io.kexiang.shared.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * An alarm's history beside its TMF642 resource: the journal (who did what, when) and the raw events that built it.
 * A cleared alarm's history stays readable.
 */
@RestController
@PreAuthorize("hasAuthority('STAFF') or hasRole('NMS_CLIENT')")
class AlarmHistoryController {

    private final Alarms alarms;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    private final AlarmVisibility visibility;

    AlarmHistoryController(Alarms alarms, JdbcTemplate jdbc, ObjectMapper json, AlarmVisibility visibility) {
        this.visibility = visibility;
        this.alarms = alarms;
        this.jdbc = jdbc;
        this.json = json;
    }

    @GetMapping("/api/v1/alarms/{id}/journal")
    List<Map<String, Object>> journal(@PathVariable long id, Authentication caller) {
        requireAlarm(id);
        visibility.require(id, caller);
        return jdbc.query("""
                select at, actor, system_id, action, detail::text from alarm_journal where alarm_id = ?
                order by at, id""", (rs, row) -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("at", rs.getTimestamp(1).toInstant());
                    entry.put("actor", rs.getString(2));
                    entry.put("systemId", rs.getString(3));
                    entry.put("action", rs.getString(4));
                    entry.put("detail", rs.getString(5) == null ? null : read(rs.getString(5)));
                    return entry;
                }, id);
    }

    /** The newest 1,000 events of the alarm, with where each is in the archive. */
    @GetMapping("/api/v1/alarms/{id}/events")
    List<Map<String, Object>> events(@PathVariable long id, Authentication caller) {
        requireAlarm(id);
        visibility.require(id, caller);
        return jdbc.queryForList("""
                select e.raw_event_id as "rawEventId", e.received_at as "receivedAt", e.severity,
                    r.notification, r.source_address as "sourceAddress", r.additional_text as "additionalText"
                from alarm_event e
                left join raw_event r on r.id = e.raw_event_id and r.received_at = e.received_at
                where e.alarm_id = ? order by e.received_at desc, e.raw_event_id desc limit 1000""", id);
    }

    private void requireAlarm(long id) {
        if (!alarms.existsById(id)) {
            throw new NotFoundException("alarm", id);
        }
    }

    private JsonNode read(String detail) {
        try {
            return json.readTree(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("journal detail is not JSON", e);
        }
    }
}
