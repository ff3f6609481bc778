package io.kexiang.identity.internal;

import io.kexiang.identity.Role;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Roles become {@code ROLE_*} authorities; every person (not machine) also gets {@code STAFF}, the authority
 * that reads the centre's data.
 */
final class Authorities {

    static final String STAFF = "STAFF";

    private Authorities() {
    }

    static List<GrantedAuthority> of(Collection<Role> roles) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        roles.forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        if (roles.stream().anyMatch(Role::isStaff)) {
            authorities.add(new SimpleGrantedAuthority(STAFF));
        }
        return authorities;
    }
}
