package io.kexiang.identity;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;

/**
 * Whose customers a caller may see. The NOC chain, administrators and machines see every customer; an account
 * manager with no other role sees their own customers only: their alarms, tickets, fault reports and notices.
 */
public final class CustomerScope {

    private static final Set<Role> SEE_ALL = EnumSet.of(Role.NOC_ENGINEER, Role.TECH_SPECIALIST,
            Role.DEPT_MANAGER, Role.VP, Role.ADMIN, Role.NMS_CLIENT);

    private CustomerScope() {
    }

    /** The employee id whose customers alone the caller sees, or empty when the caller sees every customer. */
    public static Optional<String> ownCustomersOf(Authentication caller) {
        if (caller == null || Role.heldBy(caller, SEE_ALL)) {
            return Optional.empty();
        }
        return Optional.of(caller.getName());
    }
}
