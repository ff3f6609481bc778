package io.kexiang.support;

import java.time.Instant;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Clocks a test moves, as configuration sources to {@code @Import} or to start a second application with. Not
 * annotated: an annotated configuration in io.kexiang would be found by the component scan of every application
 * the tests start on their own, and freeze their clocks too.
 */
public final class TestClocks {

    private TestClocks() {
    }

    /** The clock of the test's application: a new one per application context. */
    public static class Fixed {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.now());
        }
    }

    /** The clock of a second instance a test starts on the same database, as after a restart. */
    public static class Restarted {

        public static final MutableClock NOW = new MutableClock(Instant.now());

        @Bean
        @Primary
        MutableClock restartedClock() {
            return NOW;
        }
    }
}
