package io.kexiang.identity.internal;

import io.kexiang.identity.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * A bearer token for a machine client. Only its SHA-256 is kept: the token has 256 bits of entropy, so a slow
 * hash adds nothing and a fast one lets every request be checked by an indexed lookup.
 */
@Entity
class ApiToken {

    static final String PREFIX = "kx_";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private String tokenHash;
    private String tokenHint;
    private String createdBy;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant revokedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "api_token_role", joinColumns = @JoinColumn(name = "token_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected ApiToken() {
    }

    ApiToken(String name, String secret, Set<Role> roles, String createdBy, Instant createdAt, Instant expiresAt) {
        this.name = name;
        this.tokenHash = hash(secret);
        this.tokenHint = secret.substring(0, PREFIX.length() + 4) + "…";
        this.roles.addAll(roles);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    boolean isUsableAt(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    ApiTokenView view(String secret) {
        return new ApiTokenView(id, name, tokenHint, EnumSet.copyOf(roles), createdBy, createdAt, expiresAt,
                revokedAt, secret);
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    Set<Role> roles() {
        return roles;
    }
}
