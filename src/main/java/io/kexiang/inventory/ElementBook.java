package io.kexiang.inventory;

import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;

/**
 * Network elements for the console: a search, and an element with the circuits it terminates. Elements are the
 * network's, seen by all staff; the circuits on one are a customer's, so an account manager sees their own
 * customers' among them only.
 */
public interface ElementBook {

    /**
     * Elements whose name, site, vendor or management address contains {@code query} (all when blank), by name, at
     * most {@code limit}, each with how many circuits end on it.
     */
    List<Map<String, Object>> elements(String query, int limit);

    /**
     * The element (role, vendor, model, site, addresses, its NMS, communities masked) and the circuit ends on it by
     * interface: circuit, type, status, the kind's identifiers, customer and tier.
     *
     * @throws io.kexiang.shared.NotFoundException when there is no such element
     */
    Map<String, Object> element(String name, Authentication viewer);

    /**
     * Replaces the v1/v2c communities accepted from this element only (none: the receiver's own list), as the
     * element API's update would; administrators only.
     *
     * @throws io.kexiang.shared.NotFoundException when there is no such element, or it is ceased
     * @throws io.kexiang.shared.InvalidInputException naming each community that is not one (blank, white space,
     *                                                 a comma or semicolon, longer than 64), or more than 16
     */
    void trapCommunities(String name, List<String> communities);
}
