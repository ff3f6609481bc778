package io.kexiang.alarm;

import io.kexiang.shared.AlarmId;
import io.kexiang.shared.CircuitId;
import io.kexiang.shared.CustomerCode;
import io.kexiang.shared.ServiceTier;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A new fault. Published once per alarm, not per repeat; a flapping alarm that returns is not raised again.
 *
 * @param parentAlarmId the root alarm this one is a consequence of (a child of a storm), or null
 * @param customerCodes the group customers it hits, empty for an infrastructure alarm
 * @param tiers the service tiers of those customers
 * @param cutoverId the approved cutover whose window it was raised in (a planned outage: no ticket), or null
 */
public record AlarmRaised(AlarmId alarmId, String networkElement, String perceivedSeverity, String probableCause,
                          String specificProblem, List<CircuitId> circuitIds,
                          List<CustomerCode> customerCodes,
                          Set<ServiceTier> tiers,
                          boolean rootCause, AlarmId parentAlarmId, Instant raisedAt, Long cutoverId) {

    public boolean plannedOutage() {
        return cutoverId != null;
    }
}
