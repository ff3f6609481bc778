package io.kexiang.inventory.resolver;

import io.kexiang.inventory.CircuitMatch;
import io.kexiang.inventory.ResolveQuery;
import java.util.Objects;

/** A circuit end as the index holds it: the answer, ready-made, plus the identifiers a query may narrow by. */
record IndexedEnd(CircuitMatch match, Integer dlci, Integer vpi, Integer vci, String vrf, String e1Line,
                  int timeslotMask) {

    /** Every identifier the query names must be this end's; identifiers the query leaves out do not narrow. */
    boolean matches(ResolveQuery query) {
        return (query.dlci() == null || query.dlci().equals(dlci))
                && (query.vpi() == null || query.vpi().equals(vpi))
                && (query.vci() == null || query.vci().equals(vci))
                && (query.vrf() == null || query.vrf().equals(vrf))
                && (query.e1Line() == null || Objects.equals(query.e1Line(), e1Line))
                && (query.timeslot() == null || inTimeslots(query.timeslot()));
    }

    private boolean inTimeslots(int slot) {
        return slot >= 0 && slot < 32 && (timeslotMask & (1 << slot)) != 0;
    }
}
