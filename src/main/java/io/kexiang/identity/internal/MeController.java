package io.kexiang.identity.internal;

import java.security.Principal;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/me}: who am I, and change my own password. */
@RestController
@RequestMapping("/api/v1/me")
class MeController {

    private final People people;
    private final Passwords passwords;

    MeController(People people, Passwords passwords) {
        this.people = people;
        this.passwords = passwords;
    }

    @GetMapping
    @Transactional(readOnly = true)
    Object me(Authentication authentication) {
        return people.findByEmployeeId(authentication.getName()).<Object>map(Person::view)
                .orElseGet(() -> Map.of("name", authentication.getName(), "authorities",
                        authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList()));
    }

    @PutMapping("/password")
    ResponseEntity<Void> changePassword(Principal principal, @RequestBody PasswordChange change) {
        passwords.change(principal.getName(), change.currentPassword(), change.newPassword());
        return ResponseEntity.noContent().build();
    }
}
