package io.kexiang.identity.internal;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** People sign in with their employee id; one without a password (imported, not yet set) cannot. */
@Component
class PersonUserDetailsService implements UserDetailsService {

    private final People people;

    PersonUserDetailsService(People people) {
        this.people = people;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Person person = people.findByEmployeeId(username)
                .orElseThrow(() -> new UsernameNotFoundException("no person " + username));
        return User.withUsername(person.employeeId())
                .password(person.passwordHash() == null ? "" : person.passwordHash())
                .authorities(Authorities.of(person.roles()))
                .disabled(!person.enabled() || person.passwordHash() == null)
                .build();
    }
}
