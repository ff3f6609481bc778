package io.kexiang.inventory.resolver;

import io.kexiang.inventory.CircuitMatch;
import io.kexiang.inventory.ResolveQuery;
import java.util.List;

/**
 * The circuit ends at one place (an interface, a VRF, a whole element) in parallel arrays. Narrowing by DLCI,
 * VPI/VCI, timeslot, VRF or E1 line scans a few cache lines of ints instead of visiting one object per end: at
 * 200,000 circuits the index no longer fits in the CPU cache, and each visited object would be a miss.
 */
final class Bucket {

    static final Bucket EMPTY = new Bucket(List.of());
    private static final int ABSENT = Integer.MIN_VALUE;
    /** Per end, in one array: DLCI, VPI, VCI, timeslot mask, VRF hash, E1-line hash. */
    private static final int STRIDE = 6;

    private final CircuitMatch[] matches;
    private final int[] ids;
    private final String[] vrf;
    private final String[] e1Line;

    Bucket(List<IndexedEnd> ends) {
        int n = ends.size();
        matches = new CircuitMatch[n];
        ids = new int[n * STRIDE];
        vrf = new String[n];
        e1Line = new String[n];
        for (int i = 0; i < n; i++) {
            IndexedEnd end = ends.get(i);
            matches[i] = end.match();
            int at = i * STRIDE;
            ids[at] = orAbsent(end.dlci());
            ids[at + 1] = orAbsent(end.vpi());
            ids[at + 2] = orAbsent(end.vci());
            ids[at + 3] = end.timeslotMask();
            ids[at + 4] = end.vrf() == null ? 0 : end.vrf().hashCode();
            ids[at + 5] = end.e1Line() == null ? 0 : end.e1Line().hashCode();
            vrf[i] = end.vrf();
            e1Line[i] = end.e1Line();
        }
    }

    int size() {
        return matches.length;
    }

    /** Adds every end that has each identifier the query names; identifiers it leaves out do not narrow. */
    void collect(ResolveQuery query, List<CircuitMatch> into) {
        Integer slot = query.timeslot();
        if (slot != null && (slot < 0 || slot > 31)) {
            return;
        }
        int slotBit = slot == null ? 0 : 1 << slot;
        int wantedVrf = query.vrf() == null ? 0 : query.vrf().hashCode();
        int wantedE1 = query.e1Line() == null ? 0 : query.e1Line().hashCode();
        for (int i = 0, at = 0; i < matches.length; i++, at += STRIDE) {
            if ((query.dlci() == null || ids[at] == query.dlci())
                    && (query.vpi() == null || ids[at + 1] == query.vpi())
                    && (query.vci() == null || ids[at + 2] == query.vci())
                    && (slot == null || (ids[at + 3] & slotBit) != 0)
                    && (query.vrf() == null || ids[at + 4] == wantedVrf && query.vrf().equals(vrf[i]))
                    && (query.e1Line() == null || ids[at + 5] == wantedE1 && query.e1Line().equals(e1Line[i]))) {
                into.add(matches[i]);
            }
        }
    }

    private static int orAbsent(Integer value) {
        return value == null ? ABSENT : value;
    }
}
