package io.kexiang.alarm.intake;

import io.kexiang.inventory.CircuitMatch;
import java.time.Instant;
import java.util.List;

/**
 * An alarm about to be opened, with everything the intake worked out for it.
 *
 * @param flapCycles raise/clear cycles of the fault so far: a fault back soon after its last alarm was cleared
 *                   carries that alarm's count on
 * @param cutoverId the approved cutover whose window and scope cover it, or null
 */
record NewAlarm(String reductionKey, String alarmType, String probableCause, String specificProblem, String severity,
                String reportedSeverity, AlarmedObject object, String networkElement, String sourceAddress,
                String sourceSystemId, String externalAlarmId, String notification, String family,
                String resourceJson, String details, Instant raisedAt, boolean rootCause, Long parentId,
                String correlationReason, List<CircuitMatch> circuits, int flapCycles,
                Long cutoverId) {
}
