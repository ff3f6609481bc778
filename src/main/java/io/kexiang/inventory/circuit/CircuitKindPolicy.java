package io.kexiang.inventory.circuit;

import io.kexiang.inventory.CircuitType;
import io.kexiang.shared.Text;
import io.kexiang.shared.csv.DraftProblems;

/**
 * Each kind of circuit is found by its own identifiers: a frame-relay PVC by DLCI, an ATM PVC by VPI/VCI, an
 * MPLS-VPN site by VRF, a DDN line by E1 line and timeslots. A circuit must carry its kind's identifiers and no
 * other kind's: a stray DLCI on a DDN line is a shifted column, not data.
 */
final class CircuitKindPolicy {

    private CircuitKindPolicy() {
    }

    static void check(CircuitDraft draft, int index, DraftProblems problems) {
        checkEnd("aEnd", draft.aEnd(), index, problems);
        checkEnd("zEnd", draft.zEnd(), index, problems);
        CircuitType type = draft.type();
        if (type == null) {
            return;
        }
        require(type == CircuitType.FR, "dlci", draft.dlci(), type, index, problems);
        require(type == CircuitType.ATM, "vpi", draft.vpi(), type, index, problems);
        require(type == CircuitType.ATM, "vci", draft.vci(), type, index, problems);
        require(type == CircuitType.MPLS_VPN, "vrf", draft.vrf(), type, index, problems);
        forbidUnless(type == CircuitType.MPLS_VPN, "routeDistinguisher", draft.routeDistinguisher(), type, index,
                problems);
        require(type == CircuitType.DDN, "e1Line", draft.e1Line(), type, index, problems);
        forbidUnless(type == CircuitType.DDN, "timeslots", draft.timeslots(), type, index, problems);
        if (draft.timeslots() != null && Timeslots.mask(draft.timeslots()).isEmpty()) {
            problems.add(index, "timeslots", draft.timeslots(), Text.of("inventory.timeslots"));
        }
    }

    private static void require(boolean ofThisKind, String field, Object value, CircuitType type, int index,
            DraftProblems problems) {
        if (ofThisKind && value == null) {
            problems.add(index, field, null, Text.of("inventory.requiredForType", type));
        }
        forbidUnless(ofThisKind, field, value, type, index, problems);
    }

    private static void forbidUnless(boolean ofThisKind, String field, Object value, CircuitType type, int index,
            DraftProblems problems) {
        if (!ofThisKind && value != null) {
            problems.add(index, field, value, Text.of("inventory.notForType", type));
        }
    }

    private static void checkEnd(String field, EndDraft end, int index, DraftProblems problems) {
        if (end != null && end.ifIndex() == null && end.ifName() == null) {
            problems.add(index, field + ".ifIndex", null, Text.of("inventory.endInterface"));
        }
    }
}
