package io.kexiang.inventory;

import io.kexiang.shared.FieldProblem;
import java.util.List;

/**
 * Circuits put in service, changed or ceased by a completed circuit order (业务开通), through the same checks and
 * the same writer as the API and the CSV import, so that the first trap on a new circuit finds its customer.
 */
public interface CircuitProvisioning {

    /** A circuit as an order delivers it; the identifiers of its kind apply to both ends. */
    record NewCircuit(String circuitId, String customerCode, CircuitType type, Long bandwidthKbps, End aEnd, End zEnd,
                      Integer dlci, Integer vpi, Integer vci, String vrf, String routeDistinguisher, String e1Line,
                      String timeslots) {

        /** One end: a network element and its interface (ifIndex, ifName or both). */
        public record End(String ne, Integer ifIndex, String ifName) {
        }
    }

    /** What would stop the circuit from being written (by its field names); empty when it can be. */
    List<FieldProblem> problems(NewCircuit circuit);

    /** Writes the circuit in service, or updates it when it exists. */
    void provision(NewCircuit circuit);

    /** Takes a circuit out of service (an order's {@code delete}); false when there is no such circuit. */
    boolean cease(String circuitId);
}
