package io.kexiang.alarm.intake;

import io.kexiang.ingest.Resource;
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

    /**
     * The root-cause alarm of an element whose interfaces went down together ({@link StormPolicy}): the element's
     * fault, hitting all its circuits, sent by whoever sent the interface alarms.
     */
    static NewAlarm stormRoot(String element, String source, String severity, String details, Instant at,
            List<CircuitMatch> circuits, Long cutoverId) {
        return new NewAlarm(StormPolicy.key(element), "communicationsAlarm", "communicationsSubsystemFailure",
                StormPolicy.PROBLEM, severity, "major", AlarmedObject.of(element, Resource.NONE), element, source,
                source, null, null, "storm", "{}", details, at, true, null, null, circuits, 0, cutoverId);
    }
}
