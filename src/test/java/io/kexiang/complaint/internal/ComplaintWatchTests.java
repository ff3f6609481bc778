package io.kexiang.complaint.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComplaintWatchTests {

    @Test
    void risingMeansHigherEveryMonthThanTheOneBefore() {
        assertThat(ComplaintWatch.rising(List.of(0, 1, 2, 5))).isTrue();
        assertThat(ComplaintWatch.rising(List.of(1, 2, 2, 3))).as("a flat month breaks it").isFalse();
        assertThat(ComplaintWatch.rising(List.of(3, 2, 4, 5))).isFalse();
        assertThat(ComplaintWatch.rising(List.of(4))).isFalse();
    }
}
