package io.kexiang.alarm;

import io.kexiang.shared.AlarmId;
import io.kexiang.shared.CircuitId;
import io.kexiang.shared.CustomerCode;
import java.time.Instant;
import java.util.List;

/**
 * An alarm as other modules need it: its state, its place in a storm and the circuits it hits, with their
 * customers and account managers as they were when it was linked.
 *
 * @param state {@code raised}, {@code updated} or {@code cleared}
 * @param parentAlarmId the root alarm it is a consequence of, or null
 */
public record AlarmSummary(AlarmId id, String state, String perceivedSeverity, String probableCause,
                           String specificProblem, String networkElement, String alarmedObjectId, boolean rootCause,
                           AlarmId parentAlarmId, Instant raisedAt, Instant clearedAt, List<Hit> circuits) {

    /** A circuit the alarm hits. */
    public record Hit(CircuitId circuitId, String circuitType, CustomerCode customerCode, String customerName,
                      String tier,
                      String accountManagerEmployeeId, String accountManagerName) {
    }

    public boolean isCleared() {
        return AlarmState.CLEARED.tmf().equals(state);
    }

    /** The fault this alarm is part of: its root's id, or its own. */
    public AlarmId rootId() {
        return parentAlarmId != null ? parentAlarmId : id;
    }
}
