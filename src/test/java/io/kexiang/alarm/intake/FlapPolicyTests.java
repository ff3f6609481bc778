package io.kexiang.alarm.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FlapPolicyTests {

    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");
    private final FlapPolicy flaps = new FlapPolicy(Duration.ofMinutes(10), 3, false);

    @Test
    void aReturnWithinTheWindowIsACycleAndTheThirdInARowReopensTheAlarm() {
        Instant clearedAt = NOW.minus(Duration.ofMinutes(2));

        assertThat(flaps.onReturn(clearedAt, 0, false, NOW)).isEqualTo(new FlapPolicy.Verdict(false, 1));
        assertThat(flaps.onReturn(clearedAt, 1, false, NOW)).isEqualTo(new FlapPolicy.Verdict(false, 2));
        assertThat(flaps.onReturn(clearedAt, 2, false, NOW)).isEqualTo(new FlapPolicy.Verdict(true, 3));
        assertThat(flaps.onReturn(clearedAt, 7, true, NOW).reopen()).as("still flapping").isTrue();
    }

    @Test
    void aReturnAfterTheWindowOrOfANeverClearedFaultIsANewFault() {
        assertThat(flaps.onReturn(NOW.minus(Duration.ofMinutes(11)), 2, false, NOW)).isEqualTo(FlapPolicy.NEW_FAULT);
        assertThat(flaps.onReturn(null, 0, false, NOW)).isEqualTo(FlapPolicy.NEW_FAULT);
        assertThat(new FlapPolicy(Duration.ZERO, 3, false).onReturn(NOW.minusSeconds(1), 5, true, NOW))
                .as("a zero window turns flap detection off").isEqualTo(FlapPolicy.NEW_FAULT);
    }

    @Test
    void reopenAfterClearReopensOnEveryReturnWithinTheWindow() {
        FlapPolicy reopening = new FlapPolicy(Duration.ofMinutes(10), 3, true);

        assertThat(reopening.onReturn(NOW.minusSeconds(30), 0, false, NOW)).isEqualTo(new FlapPolicy.Verdict(true, 1));
    }

    @Test
    void flappingIsAnnouncedOnceWhenItStarts() {
        assertThat(flaps.justStartedFlapping(true, 3)).isTrue();
        assertThat(flaps.justStartedFlapping(true, 4)).isFalse();
        assertThat(flaps.justStartedFlapping(false, 3)).isFalse();
    }
}
