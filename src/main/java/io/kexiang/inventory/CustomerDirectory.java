package io.kexiang.inventory;

import io.kexiang.shared.CircuitId;
import io.kexiang.shared.CustomerCode;
import java.util.Optional;

/** Who owns a circuit, and a customer's tier and account manager, for tickets declared by hand. */
public interface CustomerDirectory {

    Optional<CircuitOwner> circuit(CircuitId circuitId);

    /** The customer as the owner of none of its circuits in particular (a consultation, a complaint). */
    Optional<CircuitOwner> customer(CustomerCode customerCode);
}
