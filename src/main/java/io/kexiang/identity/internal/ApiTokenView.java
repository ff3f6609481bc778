package io.kexiang.identity.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.kexiang.identity.Role;
import java.time.Instant;
import java.util.Set;

/** A token as the API shows it; {@code token} is present once, in the answer that created it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ApiTokenView(Long id, String name, String hint, Set<Role> roles, String createdBy, Instant createdAt,
                    Instant expiresAt, Instant revokedAt, String token) {
}
