package io.kexiang.alarm.intake;

import io.kexiang.alarm.AlarmState;
import java.time.Instant;

/**
 * One alarm as a batch knows it: read (and locked) when the batch starts, or opened by the batch. The batch changes
 * it in memory and writes it once when it flushes: an insert if the batch opened it, else one update of the columns
 * the intake owns (never the parent, which correlation sets in SQL).
 */
final class TrackedAlarm {

    final long id;
    final String key;
    final String element;
    final String family;
    final boolean rootCause;
    final Instant raisedAt;
    /** What the batch opened it with, until it is inserted; null for an alarm already in the database. */
    NewAlarm created;
    AlarmState state;
    String severity;
    String reportedSeverity;
    String details;
    int occurrences;
    Instant lastOccurrence;
    Instant changedAt;
    Instant clearedAt;
    String clearUserId;
    String clearSystemId;
    int flapCycles;
    boolean flapping;
    Long parentId;
    boolean dirty;

    TrackedAlarm(long id, String key, String element, String family, boolean rootCause, Instant raisedAt) {
        this.id = id;
        this.key = key;
        this.element = element;
        this.family = family;
        this.rootCause = rootCause;
        this.raisedAt = raisedAt;
    }

    static TrackedAlarm opened(long id, NewAlarm alarm, Instant now) {
        TrackedAlarm opened = new TrackedAlarm(id, alarm.reductionKey(), alarm.networkElement(), alarm.family(),
                alarm.rootCause(), alarm.raisedAt());
        opened.created = alarm;
        opened.state = AlarmState.RAISED;
        opened.severity = alarm.severity();
        opened.reportedSeverity = alarm.reportedSeverity();
        opened.details = alarm.details();
        opened.occurrences = 1;
        opened.lastOccurrence = alarm.raisedAt();
        opened.changedAt = now;
        opened.flapCycles = alarm.flapCycles();
        opened.parentId = alarm.parentId();
        return opened;
    }

    boolean open() {
        return state.isOpen();
    }

    /** Counted by the storm rule: an open interface alarm that is nobody's child and no root itself. */
    boolean orphanInterface() {
        return open() && parentId == null && !rootCause && "interface".equals(family);
    }

    /** A repeat of the open fault; returns the severity it had. */
    String repeat(String newSeverity, String reported, String newDetails, Instant at, Instant now) {
        String previous = severity;
        occurrences++;
        lastOccurrence = lastOccurrence == null || at.isAfter(lastOccurrence) ? at : lastOccurrence;
        changedAt = now;
        if (!previous.equals(newSeverity)) {
            state = AlarmState.UPDATED;
        }
        severity = newSeverity;
        reportedSeverity = reported;
        details = newDetails != null ? newDetails : details;
        dirty = true;
        return previous;
    }

    void clear(Instant at, Instant now, String systemId) {
        state = AlarmState.CLEARED;
        severity = AlarmState.CLEARED.tmf();
        clearedAt = at;
        changedAt = now;
        clearSystemId = systemId;
        dirty = true;
    }

    /** The fault is back soon after its clear: the same alarm again, one more raise/clear cycle. */
    void reopen(String newSeverity, String reported, String newDetails, Instant at, Instant now, int cyclesToFlap) {
        state = AlarmState.RAISED;
        clearedAt = null;
        clearUserId = null;
        clearSystemId = null;
        severity = newSeverity;
        reportedSeverity = reported;
        details = newDetails != null ? newDetails : details;
        occurrences++;
        lastOccurrence = at;
        changedAt = now;
        flapCycles++;
        flapping = flapping || flapCycles >= cyclesToFlap;
        dirty = true;
    }
}
