package io.kexiang.inventory.circuit;

import io.kexiang.inventory.CircuitType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One circuit to a place: a trap about a DLCI, a VPI/VCI, an E1 line's timeslots or a VRF on an interface must
 * name one customer's circuit, not several. A place is an end's network element and interface (by ifIndex or by
 * ifName) with the circuit's own identifiers; E1 timeslots clash where they overlap (no timeslots is the whole
 * line). Circuits that have ceased hold no place.
 */
@Component
class CircuitPlaces {

    private static final int WHOLE_LINE = -1;

    /** A circuit holding a place; {@code slots} is a timeslot mask, the whole line for every other kind. */
    private record Holder(String circuitId, int slots) {
    }

    /** An end of a draft that takes a place held by another circuit. */
    record Clash(int index, String field, String place, String heldBy) {
    }

    private final JdbcTemplate jdbc;

    CircuitPlaces(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every end of the drafts that takes a place held by a stored circuit or an earlier draft. */
    List<Clash> clashes(List<CircuitDraft> drafts) {
        Map<String, List<Holder>> held = stored(drafts);
        List<Clash> clashes = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            CircuitDraft draft = drafts.get(i);
            if (draft.type() == null) {
                continue;
            }
            take(i, "aEnd", draft.aEnd(), draft, held, clashes);
            take(i, "zEnd", draft.zEnd(), draft, held, clashes);
        }
        return clashes;
    }

    private static void take(int index, String field, EndDraft end, CircuitDraft draft, Map<String, List<Holder>> held,
            List<Clash> clashes) {
        if (end == null || end.ne() == null) {
            return;
        }
        Holder holder = new Holder(draft.circuitId(), slots(draft.timeslots()));
        for (String place : places(end.ne(), end.ifIndex(), end.ifName(), draft.type(), draft.dlci(), draft.vpi(),
                draft.vci(), draft.vrf(), draft.e1Line())) {
            List<Holder> there = held.computeIfAbsent(place, p -> new ArrayList<>());
            there.stream().filter(other -> !other.circuitId().equals(draft.circuitId()))
                    .filter(other -> (other.slots() & holder.slots()) != 0).findFirst()
                    .ifPresent(other -> clashes.add(new Clash(index, field, describe(place), other.circuitId())));
            there.add(holder);
        }
    }

    /** The stored circuits on the drafts' elements, less those the drafts rewrite. */
    private Map<String, List<Holder>> stored(List<CircuitDraft> drafts) {
        String[] elements = drafts.stream().flatMap(d -> Stream.of(d.aEnd(), d.zEnd())).filter(Objects::nonNull)
                .map(EndDraft::ne).filter(Objects::nonNull).distinct().toArray(String[]::new);
        Set<String> rewritten = drafts.stream().map(CircuitDraft::circuitId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Map<String, List<Holder>> held = new HashMap<>();
        jdbc.query("""
                select c.circuit_id, c.type, n.name, t.if_index, t.if_name, t.dlci, t.vpi, t.vci, t.vrf, t.e1_line,
                       t.timeslots
                from termination t join circuit c on c.id = t.circuit_id join network_element n on n.id = t.ne_id
                where c.status <> 'CEASED' and n.name = any(?::varchar[])""", rs -> {
            String circuitId = rs.getString(1);
            if (rewritten.contains(circuitId)) {
                return;
            }
            Holder holder = new Holder(circuitId, slots(rs.getString(11)));
            for (String place : places(rs.getString(3), (Integer) rs.getObject(4), rs.getString(5),
                    CircuitType.valueOf(rs.getString(2)), (Integer) rs.getObject(6), (Integer) rs.getObject(7),
                    (Integer) rs.getObject(8), rs.getString(9), rs.getString(10))) {
                held.computeIfAbsent(place, p -> new ArrayList<>()).add(holder);
            }
        }, (Object) elements);
        return held;
    }

    /** The place under each name of the interface: by ifIndex and by ifName, so that either one finds a clash. */
    private static List<String> places(String ne, Integer ifIndex, String ifName, CircuitType type, Integer dlci,
            Integer vpi, Integer vci, String vrf, String e1Line) {
        String identifiers = switch (type) {
            case FR -> "DLCI " + dlci;
            case ATM -> "VPI/VCI " + vpi + "/" + vci;
            case DDN -> "E1 line " + e1Line;
            case MPLS_VPN -> "VRF " + vrf;
        };
        List<String> places = new ArrayList<>(2);
        if (ifIndex != null) {
            places.add(ne + "\u0000ifIndex " + ifIndex + "\u0000" + identifiers);
        }
        if (ifName != null && !ifName.isBlank()) {
            places.add(ne + "\u0000ifName " + ifName + "\u0000" + identifiers);
        }
        return places;
    }

    private static String describe(String place) {
        return place.replace("\u0000", ", ");
    }

    private static int slots(String timeslots) {
        return Timeslots.mask(timeslots).orElse(WHOLE_LINE);
    }
}
