package io.kexiang.identity.internal;

import io.kexiang.identity.Role;
import io.kexiang.shared.audit.AuditTrail;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the very first start there is nobody to sign in as: create 'admin' with the password from
 * KEXIANG_ADMIN_PASSWORD, or a random one that is logged this once and never stored in clear.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class InitialAdmin implements ApplicationRunner {

    static final String EMPLOYEE_ID = "admin";
    private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

    private final People people;
    private final PasswordEncoder encoder;
    private final IdentitySettings settings;
    private final AuditTrail auditTrail;

    InitialAdmin(People people, PasswordEncoder encoder, IdentitySettings settings, AuditTrail auditTrail) {
        this.people = people;
        this.encoder = encoder;
        this.settings = settings;
        this.auditTrail = auditTrail;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (people.count() > 0) {
            return;
        }
        auditTrail.stampActor();
        boolean configured = settings.initialAdminPassword() != null && !settings.initialAdminPassword().isBlank();
        String password = configured ? settings.initialAdminPassword() : generated();
        Person admin = new Person(EMPLOYEE_ID);
        admin.describe(new PersonDraft(EMPLOYEE_ID, "系统管理员", null, Set.of(Role.ADMIN), null, null), null);
        admin.setPasswordHash(encoder.encode(password));
        people.save(admin);
        if (configured) {
            log.info("Created user 'admin' with the password from KEXIANG_ADMIN_PASSWORD");
        } else {
            log.warn("Created user 'admin' with the generated password: {}  (shown once; change it with "
                    + "PUT /api/v1/me/password)", password);
        }
    }

    private static String generated() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
