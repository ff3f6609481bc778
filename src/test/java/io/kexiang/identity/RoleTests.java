package io.kexiang.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

class RoleTests {

    @Test
    void aCallerHoldsTheRolesSpringSecurityGrantedThem() {
        Authentication planner = signedIn("ROLE_TECH_SPECIALIST", "STAFF");

        assertThat(Role.heldBy(planner, Role.TECH_SPECIALIST)).isTrue();
        assertThat(Role.heldBy(planner, Role.ADMIN, Role.VP)).isFalse();
        assertThat(Role.heldBy(planner, Role.CENTRE)).isTrue();
    }

    @Test
    void anAccountManagerIsNotOfTheCentreNorIsNobody() {
        assertThat(Role.heldBy(signedIn("ROLE_ACCOUNT_MANAGER", "STAFF"), Role.CENTRE)).isFalse();
        assertThat(Role.heldBy(null, Role.CENTRE)).isFalse();
        // an authority named like a role but without its prefix is not the role
        assertThat(Role.heldBy(signedIn("ADMIN"), Role.ADMIN)).isFalse();
    }

    private static Authentication signedIn(String... authorities) {
        return new UsernamePasswordAuthenticationToken("someone", null,
                AuthorityUtils.createAuthorityList(authorities));
    }
}
