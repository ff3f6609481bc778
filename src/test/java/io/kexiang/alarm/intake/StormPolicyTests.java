package io.kexiang.alarm.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class StormPolicyTests {

    private final StormPolicy storms = new StormPolicy(0.5, 4, Duration.ofSeconds(10));

    @Test
    void halfTheInterfacesAndNeverFewerThanTheMinimumMakeAStorm() {
        assertThat(storms.threshold(48)).isEqualTo(24);
        assertThat(storms.threshold(9)).as("rounded up").isEqualTo(5);
        assertThat(storms.threshold(2)).as("one of two links down is no storm").isEqualTo(4);
        assertThat(storms.isStorm(24, 48)).isTrue();
        assertThat(storms.isStorm(23, 48)).isFalse();
        assertThat(storms.isStorm(2, 2)).isFalse();
    }

    @Test
    void theRootSaysHowManyAreDownAndTheChildrenWhy() {
        assertThat(storms.details(24, 48)).isEqualTo("多端口同时中断 24 of 48 interfaces down");
        assertThat(storms.childReason(7, 24, 48, "HX-PE01"))
                .isEqualTo("child of alarm 7: 24 of 48 interfaces of HX-PE01 went down within 10 s");
        assertThat(StormPolicy.key("HX-PE01")).isEqualTo("HX-PE01|storm|interfaces");
    }
}
