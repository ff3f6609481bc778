package io.kexiang.alarm;

import io.kexiang.shared.CircuitId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * "Is this place in an approved cutover's window?" Asked once per new alarm on the intake's hot path, so it is
 * answered from memory. Implemented by the cutover module; without it nothing is planned.
 */
public interface PlannedOutages {

    /**
     * The cutover covering an alarm on this element (and interface, when the event names one) that hits these
     * circuits, at this time.
     */
    Optional<Long> covering(String networkElement, Integer ifIndex, String ifName, List<CircuitId> circuitIds,
            Instant at);
}
