package io.kexiang.inventory;

/**
 * Where a fault is: a network element (by name, NMS name or any management address) and as much of the place
 * on it as the event tells. Absent parts widen the answer: no interface means every circuit on the element, an
 * interface without DLCI means every circuit on that interface.
 */
public record ResolveQuery(String ne, String address, Integer ifIndex, String ifName, Integer dlci, Integer vpi,
                           Integer vci, String vrf, String e1Line, Integer timeslot) {

    public static ResolveQuery atInterface(String ne, int ifIndex) {
        return new ResolveQuery(ne, null, ifIndex, null, null, null, null, null, null, null);
    }
}
