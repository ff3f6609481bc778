package io.kexiang.cutover.window;

import io.kexiang.shared.CircuitId;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An approved cutover's window and what it covers: whole elements, interfaces ({@code element|interface}) and the
 * circuits of the impact analysis.
 */
record ApprovedWindow(long planId, Instant start, Instant end, Set<String> elements, Set<String> interfaces,
                      Set<CircuitId> circuits) {

    boolean covers(String element, Integer ifIndex, String ifName, List<CircuitId> circuitIds, Instant at) {
        if (at.isBefore(start) || !at.isBefore(end)) {
            return false;
        }
        if (elements.contains(element)) {
            return true;
        }
        if (ifIndex != null && interfaces.contains(element + "|" + ifIndex)
                || ifName != null && interfaces.contains(element + "|" + ifName)) {
            return true;
        }
        // An alarm that hits circuits outside the plan as well is not the plan's alone: it stays a fault.
        return !circuitIds.isEmpty() && circuits.containsAll(circuitIds);
    }
}
