package io.kexiang.cutover;

import java.time.Instant;
import java.util.List;

/**
 * The approved cutovers' windows on each circuit they touch, past ones included: an outage inside one is planned
 * and does not count against the circuit's availability.
 */
public interface CutoverWindows {

    /** A cutover's window on one circuit it interrupts or degrades. */
    record CircuitWindow(String circuitId, String number, String title, Instant start, Instant end) {
    }

    /** The windows that overlap [from, to) of cutovers that were approved (and not cancelled or rejected since). */
    List<CircuitWindow> approved(Instant from, Instant to);
}
