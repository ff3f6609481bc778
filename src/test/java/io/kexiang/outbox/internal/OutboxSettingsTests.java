package io.kexiang.outbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutboxSettingsTests {

    @Test
    void aFailingMessageWaitsLongerEachTimeUpToItsCeiling() {
        OutboxSettings settings = new OutboxSettings(Duration.ofSeconds(10), Duration.ofMinutes(30), 10, 4,
                Duration.ofMinutes(2), Duration.ofSeconds(1), true, 200, true);

        assertThat(settings.backoff(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.backoff(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(settings.backoff(12)).isEqualTo(Duration.ofMinutes(30));
        assertThat(settings.backoff(64)).as("no overflow").isEqualTo(Duration.ofMinutes(30));
    }
}
