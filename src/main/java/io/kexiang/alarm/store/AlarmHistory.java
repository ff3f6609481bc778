package io.kexiang.alarm.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.ingest.EventDigests;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An alarm's history: its journal (who did what, when) and the events that built it, with what the archive says of
 * each (asked through ingest's {@link EventDigests}, not its tables).
 */
@Component
public class AlarmHistory {

    private final JdbcTemplate jdbc;
    private final EventDigests digests;
    private final ObjectMapper json;

    AlarmHistory(JdbcTemplate jdbc, EventDigests digests, ObjectMapper json) {
        this.jdbc = jdbc;
        this.digests = digests;
        this.json = json;
    }

    public List<Map<String, Object>> journal(long alarmId) {
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
                }, alarmId);
    }

    /** The newest 1,000 events of the alarm, with where each is in the archive. */
    public List<Map<String, Object>> events(long alarmId) {
        record Row(long rawEventId, Instant receivedAt, String severity) {
        }
        List<Row> rows = jdbc.query("""
                select raw_event_id, received_at, severity from alarm_event where alarm_id = ?
                order by received_at desc, raw_event_id desc limit 1000""",
                (rs, row) -> new Row(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3)), alarmId);
        Map<Long, EventDigests.Digest> archived = digests.of(rows.stream()
                .map(row -> new EventDigests.Ref(row.rawEventId(), row.receivedAt())).toList());
        return rows.stream().map(row -> {
            EventDigests.Digest digest = archived.get(row.rawEventId());
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("rawEventId", row.rawEventId());
            event.put("receivedAt", row.receivedAt());
            event.put("severity", row.severity());
            event.put("notification", digest == null ? null : digest.notification());
            event.put("sourceAddress", digest == null ? null : digest.sourceAddress());
            event.put("additionalText", digest == null ? null : digest.additionalText());
            return event;
        }).toList();
    }

    private JsonNode read(String detail) {
        try {
            return json.readTree(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("journal detail is not JSON", e);
        }
    }
}
