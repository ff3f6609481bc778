package io.kexiang.identity.internal;

import io.kexiang.identity.Role;
import io.kexiang.identity.TokenAdmin;
import io.kexiang.shared.ConflictException;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.NotFoundException;
import io.kexiang.shared.Text;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Issues and revokes API tokens, for the API's controller and the console alike. */
@Component
@PreAuthorize("hasRole('ADMIN')")
class JpaTokenAdmin implements TokenAdmin {

    private final ApiTokens tokens;
    private final Clock clock;

    JpaTokenAdmin(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, Object>> tokens() {
        return tokens.findAll(Sort.by("name")).stream().map(token -> {
            ApiTokenView view = token.view(null);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", view.id());
            row.put("name", view.name());
            row.put("hint", view.hint());
            row.put("roles", view.roles().stream().map(Role::name).sorted().toList());
            row.put("createdBy", view.createdBy());
            row.put("createdAt", view.createdAt());
            row.put("expiresAt", view.expiresAt());
            row.put("revokedAt", view.revokedAt());
            return row;
        }).toList();
    }

    @Override
    @Transactional
    public String issue(String name, Set<Role> roles, Instant expiresAt, String issuer) {
        return issued(name, roles, expiresAt, issuer).token();
    }

    /** The new token's view with its secret, the one time it is shown. */
    ApiTokenView issued(String name, Set<Role> roles, Instant expiresAt, String issuer) {
        if (name == null || !name.matches("[A-Za-z0-9._-]{1,64}")) {
            throw InvalidInputException.badRequest(FieldProblem.of("name", name, Text.of("console.catalogue.name")));
        }
        if (tokens.existsByName(name)) {
            throw new ConflictException(Text.of("problem.exists", Text.of("thing.apiToken"), name));
        }
        Set<Role> given = roles == null || roles.isEmpty() ? Set.of(Role.NMS_CLIENT) : roles;
        String secret = ApiToken.newSecret();
        ApiToken token = tokens.save(new ApiToken(name, secret, given, issuer, clock.instant(), expiresAt));
        return token.view(secret);
    }

    @Override
    @Transactional
    public void revoke(long id) {
        tokens.findById(id).orElseThrow(() -> new NotFoundException("apiToken", id)).revoke(clock.instant());
    }
}
