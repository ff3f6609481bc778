package io.kexiang.inventory.resolver;

import io.kexiang.inventory.CircuitMatch;

/** A circuit end as the loader reads it: the answer, ready-made, plus the identifiers a query may narrow by. */
record IndexedEnd(CircuitMatch match, Integer dlci, Integer vpi, Integer vci, String vrf, String e1Line,
                  int timeslotMask) {
}
