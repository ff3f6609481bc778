package io.kexiang.identity;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * API tokens for machines (NMS platforms, OSS clients), for the console's administration: the list (never the
 * secret), issuing one (its secret shown once), revoking. The same store as {@code /api/v1/api-tokens}.
 */
public interface TokenAdmin {

    /** id, name, hint, roles, createdBy, createdAt, expiresAt, revokedAt; by name. */
    List<Map<String, Object>> tokens();

    /**
     * @return the new token's secret: shown to the administrator once, stored only as a hash
     * @throws io.kexiang.shared.InvalidInputException for a bad name; ConflictException for a name in use
     */
    String issue(String name, Set<Role> roles, Instant expiresAt, String issuer);

    void revoke(long id);
}
