package io.kexiang.identity.internal;

import io.kexiang.identity.Role;
import io.kexiang.shared.ConflictException;
import io.kexiang.shared.NotFoundException;
import io.kexiang.shared.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
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
    private final Clock clock;

    ApiTokenController(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @PostMapping
    @Transactional
    ResponseEntity<ApiTokenView> issue(@Valid @RequestBody NewToken body, Principal principal) {
        if (tokens.existsByName(body.name())) {
            throw new ConflictException(Text.of("problem.exists", Text.of("thing.apiToken"), body.name()));
        }
        Set<Role> roles = body.roles() == null || body.roles().isEmpty() ? Set.of(Role.NMS_CLIENT) : body.roles();
        String secret = ApiToken.newSecret();
        ApiToken token = tokens.save(new ApiToken(body.name(), secret, roles, principal.getName(), clock.instant(),
                body.expiresAt()));
        return ResponseEntity.created(URI.create("/api/v1/api-tokens/" + token.id()))
                .body(token.view(secret));
    }

    @GetMapping
    @Transactional(readOnly = true)
    List<ApiTokenView> list() {
        return tokens.findAll(Sort.by("name")).stream().map(token -> token.view(null)).toList();
    }

    @DeleteMapping("/{id}")
    @Transactional
    ResponseEntity<Void> revoke(@PathVariable long id) {
        tokens.findById(id).orElseThrow(() -> new NotFoundException("apiToken", id)).revoke(clock.instant());
        return ResponseEntity.noContent().build();
    }
}
