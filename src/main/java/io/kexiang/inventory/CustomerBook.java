package io.kexiang.inventory;

import io.kexiang.shared.CustomerCode;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;

/**
 * Group customers (集团客户) for the console: a search, and a customer with their contacts and circuits. An account
 * manager finds their own customers only, and opening another's is refused, not hidden.
 */
public interface CustomerBook {

    /** Customers whose code or name contains {@code query} (all when blank), by code; at most {@code limit}. */
    List<Map<String, Object>> customers(String query, Authentication viewer, int limit);

    /**
     * The customer, their account manager, contacts and circuits.
     *
     * @throws io.kexiang.shared.NotFoundException when there is no such customer
     * @throws io.kexiang.shared.ForbiddenException when the viewer is an account manager and it is not theirs
     */
    Map<String, Object> customer(CustomerCode code, Authentication viewer);
}
