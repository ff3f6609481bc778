package io.kexiang.identity;

import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Whose customers a caller may see. The NOC chain, administrators and machines see every customer; an account
 * manager with no other role sees their own customers only: their alarms, tickets, fault reports and notices.
 */
public final class CustomerScope {

    private static final Set<String> SEE_ALL = Set.of("ROLE_NOC_ENGINEER", "ROLE_TECH_SPECIALIST",
            "ROLE_DEPT_MANAGER", "ROLE_VP", "ROLE_ADMIN", "ROLE_NMS_CLIENT");

    private CustomerScope() {
    }

    /** The employee id whose customers alone the caller sees, or empty when the caller sees every customer. */
    public static Optional<String> ownCustomersOf(Authentication caller) {
        if (caller == null || caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(SEE_ALL::contains)) {
            return Optional.empty();
        }
        return Optional.of(caller.getName());
    }
}
