package io.kexiang.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param initialAdminPassword password of the 'admin' created on first start; blank generates one
 * @param login how many failed sign-ins within a window lock a name or an address out, and for how long
 */
@ConfigurationProperties("kexiang.identity")
record IdentitySettings(String initialAdminPassword, @DefaultValue Login login) {

    record Login(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration window,
                 @DefaultValue("15m") Duration lockout) {
    }
}
