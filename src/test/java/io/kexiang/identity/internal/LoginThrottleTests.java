package io.kexiang.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTests {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-11-25T08:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final LoginThrottle throttle = new LoginThrottle(
            new IdentitySettings.Login(3, Duration.ofMinutes(15), Duration.ofMinutes(10)), clock, LoginFailures.NONE);

    @Test
    void aNameIsLockedOutAfterTooManyFailuresUntilTheLockoutEnds() {
        throttle.failed("noc001", "10.0.0.9");
        throttle.failed("noc001", "10.0.0.9");
        assertThat(throttle.lockedForSeconds("noc001", "10.0.0.9")).isZero();

        throttle.failed("noc001", "10.0.0.9");
        assertThat(throttle.lockedForSeconds("noc001", "10.0.0.7")).isEqualTo(600);

        clock.now = clock.now.plus(Duration.ofMinutes(10)).plusSeconds(1);
        assertThat(throttle.lockedForSeconds("noc001", "10.0.0.7")).isZero();
    }

    @Test
    void failuresOutsideTheWindowDoNotAddUp() {
        throttle.failed("noc002", "10.0.0.9");
        throttle.failed("noc002", "10.0.0.9");
        clock.now = clock.now.plus(Duration.ofMinutes(16));
        throttle.failed("noc002", "10.0.0.9");

        assertThat(throttle.lockedForSeconds("noc002", "10.0.0.9")).isZero();
    }

    @Test
    void anAddressTryingManyNamesIsLockedOutToo() {
        for (int i = 0; i < 12; i++) {
            throttle.failed("spray" + i, "203.0.113.5");
        }

        assertThat(throttle.lockedForSeconds("someone-else", "203.0.113.5")).isPositive();
        assertThat(throttle.lockedForSeconds("someone-else", "10.0.0.1")).isZero();
    }

    @Test
    void aSuccessForgetsTheNamesFailures() {
        throttle.failed("noc003", "10.0.0.9");
        throttle.failed("noc003", "10.0.0.9");
        throttle.succeeded("noc003");
        throttle.failed("noc003", "10.0.0.9");

        assertThat(throttle.lockedForSeconds("noc003", "10.0.0.9")).isZero();
    }
}
