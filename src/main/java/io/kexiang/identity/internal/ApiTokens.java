package io.kexiang.identity.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiTokens extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    boolean existsByName(String name);
}
