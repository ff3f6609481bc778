package io.kexiang.inventory;

import java.util.Optional;

/** Who owns a circuit, and a customer's tier and account manager, for tickets declared by hand. */
public interface CustomerDirectory {

    Optional<CircuitOwner> circuit(String circuitId);

    /** The customer as the owner of none of its circuits in particular (a consultation, a complaint). */
    Optional<CircuitOwner> customer(String customerCode);
}
