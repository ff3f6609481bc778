package io.kexiang.inventory;

/** The services a group customer buys; each has its own identifiers on a termination. */
public enum CircuitType {
    /** Digital data network leased line: an E1 line and timeslots. */
    DDN,
    /** ATM permanent virtual circuit: VPI/VCI. */
    ATM,
    /** Frame-relay permanent virtual circuit: DLCI. */
    FR,
    /** MPLS layer-3 VPN site: VRF, route distinguisher and the PE-CE interface. */
    MPLS_VPN
}
