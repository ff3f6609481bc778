package io.kexiang.alarm.intake;

import io.kexiang.alarm.AlarmRowsUpdated;
import io.kexiang.shared.AlarmId;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What one batch of events knows about its alarms, and what it has yet to write.
 *
 * <p>When the batch starts, the faults it names are locked (so that no other writer changes them until it commits)
 * and their alarms read in a few statements: the open one of each fault, or the one cleared most recently inside
 * the flap window, and each element's open roots and orphan interface alarms around the batch's times. From then
 * on a repeat, a clear or a reopen is a change in memory, and a new alarm is a row to insert. Everything is
 * written when the batch flushes, in batches of statements; a flush comes before any SQL that must see the
 * batch's changes (correlation adopting children) and at the end. Domain events are published after the writes
 * they announce.
 */
final class IntakeBatch {

    private static final int ID_CHUNK = 64;

    private final AlarmRows rows;
    private final Consumer<Object> publisher;
    private final Map<String, TrackedAlarm> current = new HashMap<>();
    /** Every alarm the batch has read or opened, by id. */
    private final Map<Long, TrackedAlarm> known = new HashMap<>();
    private final Map<String, Map<Long, Instant>> roots = new HashMap<>();
    private final Map<String, Map<Long, Instant>> orphans = new HashMap<>();
    private final Map<Long, TrackedAlarm> touched = new LinkedHashMap<>();
    private final List<Object[]> links = new ArrayList<>();
    private final List<Object[]> shares = new ArrayList<>();
    private final List<Object[]> events = new ArrayList<>();
    private final List<Object[]> journal = new ArrayList<>();
    private final List<Object> announcements = new ArrayList<>();
    private final Set<String> stormElements = new java.util.LinkedHashSet<>();
    private final Deque<Long> ids = new ArrayDeque<>();
    private int raisesLeft;

    private IntakeBatch(AlarmRows rows, Consumer<Object> publisher) {
        this.rows = rows;
        this.publisher = publisher;
    }

    /**
     * Locks the faults and reads their alarms. {@code elements} are those the batch may raise alarms on, read
     * within {@code window} of {@code from} and {@code to}.
     */
    static IntakeBatch start(AlarmRows rows, Consumer<Object> publisher, Set<String> keys, Set<String> elements,
            Instant from, Instant to, Duration window, Instant clearedSince, int raises) {
        IntakeBatch batch = new IntakeBatch(rows, publisher);
        batch.raisesLeft = raises;
        rows.lockKeys(keys);
        for (TrackedAlarm alarm : rows.current(keys, clearedSince)) {
            batch.current.put(alarm.key, alarm);
            batch.known.put(alarm.id, alarm);
        }
        if (!elements.isEmpty()) {
            rows.openRoots(elements, from.minus(window), to.plus(window))
                    .forEach(alarm -> batch.remember(batch.roots, alarm.element, alarm.id, alarm.raisedAt));
            rows.orphanInterfaces(elements, from.minus(window), to.plus(window))
                    .forEach(alarm -> batch.remember(batch.orphans, alarm.element, alarm.id, alarm.raisedAt));
        }
        return batch;
    }

    /** The fault's open alarm, or its alarm cleared inside the flap window; null when it has neither. */
    TrackedAlarm current(String key) {
        return current.get(key);
    }

    /** The element's open root-cause alarm raised closest before (or after) {@code at} within the window. */
    Long rootOf(String element, Instant at, Duration window) {
        Long latest = null;
        Instant latestAt = null;
        for (Map.Entry<Long, Instant> root : roots.getOrDefault(element, Map.of()).entrySet()) {
            Instant raised = root.getValue();
            if (within(raised, at, window) && (latestAt == null || raised.isAfter(latestAt))) {
                latest = root.getKey();
                latestAt = raised;
            }
        }
        return latest;
    }

    /** Open interface alarms of the element, nobody's children, raised within the window around {@code at}. */
    int orphanInterfacesAround(String element, Instant at, Duration window) {
        int count = 0;
        for (Instant raised : orphans.getOrDefault(element, Map.of()).values()) {
            if (within(raised, at, window)) {
                count++;
            }
        }
        return count;
    }

    private static boolean within(Instant raised, Instant at, Duration window) {
        return !raised.isBefore(at.minus(window)) && !raised.isAfter(at.plus(window));
    }

    void raised() {
        raisesLeft--;
    }

    /** A new alarm, written at the next flush. */
    TrackedAlarm open(NewAlarm alarm, Instant now) {
        TrackedAlarm opened = TrackedAlarm.opened(nextId(), alarm, now);
        current.put(opened.key, opened);
        known.put(opened.id, opened);
        changed(opened);
        return opened;
    }

    /** A tracked alarm changed in memory: written at the next flush, and counted where it now belongs. */
    void changed(TrackedAlarm alarm) {
        touched.put(alarm.id, alarm);
        Map<String, Map<Long, Instant>> byElement = alarm.rootCause ? roots : orphans;
        if (alarm.rootCause ? alarm.open() : alarm.orphanInterface()) {
            remember(byElement, alarm.element, alarm.id, alarm.raisedAt);
        } else {
            byElement.getOrDefault(alarm.element, new HashMap<>()).remove(alarm.id);
        }
    }

    /** Correlation made these alarms the root's children (in SQL, after a flush). */
    void adopted(long rootId, String element, Collection<Long> children, Instant now) {
        Map<Long, Instant> elementOrphans = orphans.getOrDefault(element, new HashMap<>());
        for (Long child : children) {
            elementOrphans.remove(child);
            TrackedAlarm tracked = known.get(child);
            if (tracked != null) {
                tracked.parentId = rootId;
                tracked.changedAt = now;
            }
        }
    }

    void link(Object[] circuitRow) {
        links.add(circuitRow);
    }

    /** Lists the child's circuits on its root too, once both are written. */
    void share(long childId, long rootId) {
        shares.add(new Object[] {rootId, childId});
    }

    /**
     * The event's receipt time is half of the archive's key: cut to microseconds as the archive's COPY cuts it, not
     * rounded as the driver would round it, or the two disagree by a microsecond and the event cannot be found.
     */
    void event(long alarmId, long rawEventId, Instant receivedAt, String severity) {
        events.add(new Object[] {alarmId, rawEventId, Timestamp.from(receivedAt.truncatedTo(ChronoUnit.MICROS)),
            severity});
    }

    void journal(long alarmId, Instant at, String actor, String systemId, String action, String detailJson) {
        journal.add(new Object[] {alarmId, Timestamp.from(at), actor, systemId, action, detailJson});
    }

    /** An element whose storm root may have to follow its children (their count, or their clearing). */
    void touchStorm(String element) {
        stormElements.add(element);
    }

    Set<String> stormElements() {
        return stormElements;
    }

    /** Published after the next flush has written what it announces. */
    void announce(Object domainEvent) {
        announcements.add(domainEvent);
    }

    /** Writes what the batch has changed since the last flush, then publishes its announcements. */
    void flush() {
        List<TrackedAlarm> updates = new ArrayList<>();
        List<TrackedAlarm> inserts = new ArrayList<>();
        for (TrackedAlarm alarm : touched.values()) {
            if (alarm.created != null) {
                inserts.add(alarm);
            } else if (alarm.dirty) {
                updates.add(alarm);
            }
        }
        // Updates first: a fault cleared and raised again within the batch frees its open-alarm slot (a partial
        // unique index) before its new alarm takes it.
        rows.update(updates);
        rows.insert(inserts);
        rows.link(links);
        rows.shareCircuits(shares);
        rows.events(events);
        rows.journal(journal);
        for (TrackedAlarm alarm : touched.values()) {
            alarm.created = null;
            alarm.dirty = false;
        }
        touched.clear();
        links.clear();
        shares.clear();
        events.clear();
        journal.clear();
        List<Object> toPublish = new ArrayList<>(announcements);
        announcements.clear();
        if (!updates.isEmpty()) {
            toPublish.add(new AlarmRowsUpdated(updates.stream().map(alarm -> AlarmId.of(alarm.id)).toList()));
        }
        toPublish.forEach(publisher);
    }

    private long nextId() {
        if (ids.isEmpty()) {
            // Ids come in chunks, as many as the batch may still need (gaps are harmless, round trips are not).
            ids.addAll(rows.nextIds(Math.max(1, Math.min(ID_CHUNK, raisesLeft + 1))));
        }
        return ids.removeFirst();
    }

    private void remember(Map<String, Map<Long, Instant>> byElement, String element, long id, Instant raisedAt) {
        byElement.computeIfAbsent(element, e -> new HashMap<>()).put(id, raisedAt);
    }
}
