package io.kexiang.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadTests {

    @Test
    void theIntervalIsStudentsTTimesTheStandardError() {
        // mean 0.05; each 0.1 from it, so s = sqrt(4 × 0.01 / 3) = 0.115; t(3) = 3.182: 0.05 ± 0.184
        List<Double> rounds = List.of(-0.05, 0.15, -0.05, 0.15);
        double s = Math.sqrt(4 * 0.01 / 3);
        assertThat(Spread.halfWidth(rounds)).isCloseTo(3.182 * s / 2, within(1e-9));
        assertThat(Spread.of(rounds)).isEqualTo("5.0 % (95 % interval -13.4 % to 23.4 %, 4 rounds)");
    }

    @Test
    void oneRoundHasNoInterval() {
        assertThat(Spread.of(List.of(0.042))).isEqualTo("4.2 %");
    }
}
