package io.kexiang.inventory.circuit;

import io.kexiang.inventory.element.NetworkElement;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** One end of a circuit: a network element, an interface on it, and the identifiers of the circuit's kind. */
@Entity
class Termination {

    @Id
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "circuit_id")
    private Circuit circuit;
    private String endLabel;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ne_id")
    private NetworkElement ne;
    private Integer ifIndex;
    private String ifName;
    private Integer dlci;
    private Integer vpi;
    private Integer vci;
    private String vrf;
    private String routeDistinguisher;
    @Column(name = "e1_line")
    private String e1Line;
    private String timeslots;

    protected Termination() {
    }

    String endLabel() {
        return endLabel;
    }

    CircuitView.End view() {
        return new CircuitView.End(ne.name(), ifIndex, ifName, dlci, vpi, vci, vrf, routeDistinguisher, e1Line,
                timeslots);
    }
}
