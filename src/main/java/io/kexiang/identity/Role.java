package io.kexiang.identity;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.Authentication;

/**
 * What a person or machine may do. The first four are also the escalation chain of a fault ticket:
 * engineer → technical specialist → department manager → VP (主管副总).
 */
public enum Role {
    NOC_ENGINEER,
    TECH_SPECIALIST,
    DEPT_MANAGER,
    VP,
    ACCOUNT_MANAGER,
    ADMIN,
    /** NMS platforms and other systems pushing alarms; not a person. */
    NMS_CLIENT;

    /** The centre's own people: the escalation chain and administrators (not account managers, not machines). */
    public static final Set<Role> CENTRE = EnumSet.of(NOC_ENGINEER, TECH_SPECIALIST, DEPT_MANAGER, VP, ADMIN);

    /** Every role but the machine one: the people who may read the centre's data. */
    public boolean isStaff() {
        return this != NMS_CLIENT;
    }

    /** The authority Spring Security grants for it: {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Whether the caller holds any of these roles; one home for the checks pages and resources make inline. */
    public static boolean heldBy(Authentication caller, Role... roles) {
        return heldBy(caller, Arrays.asList(roles));
    }

    public static boolean heldBy(Authentication caller, Collection<Role> roles) {
        if (caller == null) {
            return false;
        }
        return caller.getAuthorities().stream().anyMatch(granted -> roles.stream()
                .anyMatch(role -> role.authority().equals(granted.getAuthority())));
    }
}
