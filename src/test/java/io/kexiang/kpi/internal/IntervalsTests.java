package io.kexiang.kpi.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.kexiang.kpi.internal.Intervals.Span;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntervalsTests {

    private static final Instant T0 = Instant.parse("2098-01-01T00:00:00Z");

    @Test
    void overlappingAndTouchingOutagesAreOne() {
        assertThat(Intervals.merge(List.of(span(60, 120), span(0, 30), span(20, 60), span(200, 200))))
                .containsExactly(span(0, 120));
        assertThat(Intervals.merge(List.of(span(0, 10), span(11, 20)))).hasSize(2);
    }

    @Test
    void aWindowInsideAnOutageLeavesItsTwoEndsAndOneOverItsEndLeavesItsStart() {
        assertThat(Intervals.minus(List.of(span(0, 100)), List.of(span(40, 60)))).containsExactly(span(0, 40),
                span(60, 100));
        assertThat(Intervals.minus(List.of(span(0, 100)), List.of(span(80, 300), span(-10, 5))))
                .containsExactly(span(5, 80));
        assertThat(Intervals.minus(List.of(span(0, 100)), List.of(span(0, 100)))).isEmpty();
        assertThat(Intervals.total(Intervals.minus(List.of(span(0, 50), span(70, 100)), List.of(span(40, 80)))))
                .isEqualTo(Duration.ofMinutes(60));
    }

    @Test
    void clippedToThePeriod() {
        assertThat(Intervals.clip(List.of(span(-30, 10), span(50, 200), span(300, 400)), T0, at(100)))
                .containsExactly(span(0, 10), span(50, 100));
    }

    private static Span span(int fromMinute, int toMinute) {
        return new Span(at(fromMinute), at(toMinute));
    }

    private static Instant at(int minute) {
        return T0.plus(Duration.ofMinutes(minute));
    }
}
