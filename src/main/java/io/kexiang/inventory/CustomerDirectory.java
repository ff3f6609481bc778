package io.kexiang.inventory;

import io.kexiang.identity.CustomerScope;
import io.kexiang.shared.CircuitId;
import io.kexiang.shared.CustomerCode;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;

/** Who owns a circuit, and a customer's tier and account manager, for tickets declared by hand. */
public interface CustomerDirectory {

    Optional<CircuitOwner> circuit(CircuitId circuitId);

    /** The customer as the owner of none of its circuits in particular (a consultation, a complaint). */
    Optional<CircuitOwner> customer(CustomerCode customerCode);

    /**
     * The customer if the viewer may see it: anyone who sees every customer, or the customer's own account manager
     * (another's is as absent as one that does not exist).
     */
    default Optional<CircuitOwner> customerSeenBy(CustomerCode customerCode, Authentication viewer) {
        return customer(customerCode).filter(owner -> CustomerScope.ownCustomersOf(viewer).map(own ->
                owner.accountManager() != null && own.equals(owner.accountManager().employeeId())).orElse(true));
    }

    /** A circuit in service, with whose it is: what availability is counted over. */
    record ServedCircuit(String circuitId, String type, String customerCode, String customerName, String tier) {
    }

    /** The circuits in service (or in a cutover), of one customer or (null) of all, by circuit id. */
    List<ServedCircuit> inService(String customerCode);
}
