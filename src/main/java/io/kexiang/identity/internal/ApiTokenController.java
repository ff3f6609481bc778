package io.kexiang.identity.internal;

import io.kexiang.identity.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/api-tokens}: administrators issue and revoke tokens for NMS platforms and other systems. */
@RestController
@RequestMapping("/api/v1/api-tokens")
@PreAuthorize("hasRole('ADMIN')")
class ApiTokenController {

    /** @param roles defaults to {@code NMS_CLIENT} */
    record NewToken(@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String name, Set<Role> roles,
                    Instant expiresAt) {
    }

    private final ApiTokens tokens;
    private final JpaTokenAdmin admin;

    ApiTokenController(ApiTokens tokens, JpaTokenAdmin admin) {
        this.tokens = tokens;
        this.admin = admin;
    }

    @PostMapping
    @Transactional
    ResponseEntity<ApiTokenView> issue(@Valid @RequestBody NewToken body, Principal principal) {
        ApiTokenView issued = admin.issued(body.name(), body.roles(), body.expiresAt(), principal.getName());
        return ResponseEntity.created(URI.create("/api/v1/api-tokens/" + issued.id())).body(issued);
    }

    @GetMapping
    @Transactional(readOnly = true)
    List<ApiTokenView> list() {
        return tokens.findAll(Sort.by("name")).stream().map(token -> token.view(null)).toList();
    }

    @DeleteMapping("/{id}")
    @Transactional
    ResponseEntity<Void> revoke(@PathVariable long id) {
        admin.revoke(id);
        return ResponseEntity.noContent().build();
    }
}
