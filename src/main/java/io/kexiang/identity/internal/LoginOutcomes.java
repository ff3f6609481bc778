package io.kexiang.identity.internal;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Counts sign-in outcomes: in the throttle, on the person's record, and as a metric. */
@Component
class LoginOutcomes {

    private static final Logger log = LoggerFactory.getLogger(LoginOutcomes.class);

    private final LoginThrottle throttle;
    private final People people;
    private final MeterRegistry meters;
    private final Clock clock;

    LoginOutcomes(LoginThrottle throttle, People people, MeterRegistry meters, Clock clock) {
        this.throttle = throttle;
        this.people = people;
        this.meters = meters;
        this.clock = clock;
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        String address = address(event.getAuthentication().getDetails());
        throttle.failed(username, address);
        people.recordFailedLogin(username, clock.instant());
        meters.counter("kexiang.login.failures", "reason", event.getException().getClass().getSimpleName()).increment();
        log.warn("Sign-in failed for '{}' from {}: {}", username, address, event.getException().getMessage());
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        throttle.succeeded(username);
        Instant now = clock.instant();
        people.recordLogin(username, now, now.minus(Duration.ofMinutes(5)));
    }

    private static String address(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : "unknown";
    }
}
