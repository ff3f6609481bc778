package io.kexiang.inventory.circuit;

import io.kexiang.inventory.CircuitStatus;
import io.kexiang.inventory.CircuitType;
import io.kexiang.inventory.customer.GroupCustomer;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import java.time.Instant;
import java.util.List;

/** A customer circuit (电路) and its ends. Written by {@link CircuitWriter}. */
@Entity
class Circuit {

    @Id
    private Long id;
    private String circuitId;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private GroupCustomer customer;
    @Enumerated(EnumType.STRING)
    private CircuitType type;
    private Long bandwidthKbps;
    @Enumerated(EnumType.STRING)
    private CircuitStatus status;
    private Instant createdAt;
    private Instant updatedAt;
    @OneToMany(mappedBy = "circuit")
    @OrderBy("endLabel")
    private List<Termination> terminations;

    protected Circuit() {
    }

    CircuitView view() {
        CircuitView.End a = null;
        CircuitView.End z = null;
        for (Termination termination : terminations) {
            if ("A".equals(termination.endLabel())) {
                a = termination.view();
            } else {
                z = termination.view();
            }
        }
        return new CircuitView(circuitId, customer.customerCode(), customer.name(), customer.tier(), type,
                bandwidthKbps, status, a, z, createdAt, updatedAt);
    }
}
