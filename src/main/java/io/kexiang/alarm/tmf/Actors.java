package io.kexiang.alarm.tmf;

import io.kexiang.alarm.store.AlarmOperations.Actor;
import org.springframework.security.core.Authentication;

/**
 * Who an operation is recorded against. A person acts as themselves, whatever user id a body names; an NMS acts
 * for its own users, so the user and system it names are kept (the journal still says which NMS it was).
 */
final class Actors {

    private Actors() {
    }

    static Actor of(Authentication caller, String userId, String systemId) {
        String principal = caller.getName();
        boolean system = caller.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_NMS_CLIENT"));
        if (system) {
            return new Actor(principal, userId != null ? userId : principal, systemId != null ? systemId : principal);
        }
        return new Actor(principal, principal, "kexiang");
    }
}
