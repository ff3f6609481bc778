package io.kexiang.outbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutboxSettingsTests {

    @Test
    void aFailingMessageWaitsLongerEachTimeUpToItsCeiling() {
        OutboxSettings settings = new OutboxSettings(Duration.ofSeconds(10), Duration.ofMinutes(30), 10, 4,
                Duration.ofMinutes(2), Duration.ofSeconds(1), true, 200, 20, 5_000, true);

        assertThat(settings.backoff(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.backoff(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(settings.backoff(12)).isEqualTo(Duration.ofMinutes(30));
        assertThat(settings.backoff(64)).as("no overflow").isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void aListenerIsSentMoreSlowlyWhileTheIntakeIsBehind() {
        OutboxSettings paced = settings(200, 20);
        assertThat(paced.listenerRate(false)).isEqualTo(200);
        assertThat(paced.listenerRate(true)).isEqualTo(20);
        assertThat(settings(10, 20).listenerRate(true)).as("never faster than the listener's own pace").isEqualTo(10);
        assertThat(settings(0, 20).listenerRate(true)).as("an unpaced listener is paced while the intake is behind")
                .isEqualTo(20);
        assertThat(settings(200, 0).listenerRate(true)).as("0: never slowed").isEqualTo(200);
    }

    private static OutboxSettings settings(int listenerRate, int busyListenerRate) {
        return new OutboxSettings(Duration.ofSeconds(10), Duration.ofMinutes(30), 10, 4, Duration.ofMinutes(2),
                Duration.ofSeconds(1), true, listenerRate, busyListenerRate, 5_000, true);
    }
}
