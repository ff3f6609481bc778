package io.kexiang.shared.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Audit rows are written by database triggers (see V1__platform.sql), so every path that changes audited data is
 * covered. The triggers learn who acted from a transaction-local setting; this stamps it.
 */
@Component
public class AuditTrail {

    private final JdbcTemplate jdbc;

    AuditTrail(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Names the current user as the actor of every audited change in the surrounding transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void stampActor() {
        jdbc.queryForObject("select set_config('kexiang.actor', ?, true)", String.class, currentActor());
    }

    private static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "system" : authentication.getName();
    }
}
