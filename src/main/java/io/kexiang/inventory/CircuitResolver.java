package io.kexiang.inventory;

import java.util.List;
import java.util.Optional;

/**
 * "Which circuits, customers and account managers are at this place?" Answered from memory, never from the
 * database, so that linking an alarm costs the same at 1,000 circuits as at 200,000.
 */
public interface CircuitResolver {

    List<CircuitMatch> resolve(ResolveQuery query);

    /** The network element with this name, NMS name or management address. */
    Optional<NetworkElementRef> networkElement(String nameOrAddress);

    /** How many interfaces of the element carry circuits (what "a share of its interfaces" is a share of). */
    int interfaceCount(String nameOrAddress);

    /** How many circuits the current index holds. */
    int circuitCount();
}
