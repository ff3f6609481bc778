package io.kexiang.alarm.intake;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one batch of events has learned about its alarms. A repeat of a fault the batch has already seen open, at
 * the same severity, costs no round trip: its occurrence is added up here and written with the others when the
 * batch ends (counts are added in SQL, so another writer's repeats meanwhile are not lost). The events that built
 * each alarm are written in one batch too.
 */
final class BatchFold {

    private record Open(long id, String severity) {
    }

    private final Map<String, Open> open = new HashMap<>();
    private final Map<Long, Integer> occurrences = new HashMap<>();
    private final Map<Long, Instant> lastOccurrence = new HashMap<>();
    private final List<Object[]> events = new ArrayList<>();

    /** The open alarm of this fault at this severity, if this batch has met it. */
    Long openAlarm(String key, String severity) {
        Open known = open.get(key);
        return known != null && known.severity().equals(severity) ? known.id() : null;
    }

    void remember(String key, long alarmId, String severity) {
        open.put(key, new Open(alarmId, severity));
    }

    void forget(String key) {
        open.remove(key);
    }

    void repeat(long alarmId, Instant at) {
        occurrences.merge(alarmId, 1, Integer::sum);
        lastOccurrence.merge(alarmId, at, (a, b) -> a.isAfter(b) ? a : b);
    }

    void event(long alarmId, long rawEventId, Instant receivedAt, String severity) {
        events.add(new Object[] {alarmId, rawEventId, Timestamp.from(receivedAt), severity});
    }

    void writeTo(AlarmRows rows, Instant now) {
        List<Object[]> counts = new ArrayList<>(occurrences.size());
        occurrences.forEach((id, count) -> counts.add(new Object[] {count, Timestamp.from(lastOccurrence.get(id)),
            Timestamp.from(now), id}));
        rows.addOccurrences(counts);
        rows.events(events);
    }
}
