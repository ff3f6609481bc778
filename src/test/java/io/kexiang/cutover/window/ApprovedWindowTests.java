package io.kexiang.cutover.window;

import static org.assertj.core.api.Assertions.assertThat;

import io.kexiang.shared.CircuitId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApprovedWindowTests {

    private final Instant start = Instant.parse("2026-12-10T16:00:00Z");
    private final Instant end = Instant.parse("2026-12-10T18:00:00Z");
    private final ApprovedWindow window = new ApprovedWindow(7, start, end, Set.of("PE-1"), Set.of("PE-2|5",
            "PE-2|GigabitEthernet0/0/1"), Set.of(circuit("C-1"), circuit("C-2"), circuit("C-3")));

    private static CircuitId circuit(String id) {
        return CircuitId.of(id);
    }

    @Test
    void anElementInScopeIsPlannedWholeButOnlyInsideTheWindow() {
        assertThat(window.covers("PE-1", null, null, List.of(), start)).isTrue();
        assertThat(window.covers("PE-1", 3, null, List.of(circuit("C-9")), end.minusSeconds(1))).isTrue();
        assertThat(window.covers("PE-1", null, null, List.of(), end)).as("the end is outside").isFalse();
        assertThat(window.covers("PE-1", null, null, List.of(), start.minusSeconds(1))).isFalse();
    }

    @Test
    void anInterfaceInScopeIsPlannedByIndexOrName() {
        assertThat(window.covers("PE-2", 5, null, List.of(), start)).isTrue();
        assertThat(window.covers("PE-2", null, "GigabitEthernet0/0/1", List.of(), start)).isTrue();
        assertThat(window.covers("PE-2", 6, null, List.of(), start)).isFalse();
    }

    @Test
    void anAlarmIsPlannedByItsCircuitsOnlyWhenAllOfThemAreThePlans() {
        assertThat(window.covers("PE-9", 1, null, List.of(circuit("C-1"), circuit("C-2")), start)).isTrue();
        assertThat(window.covers("PE-9", 1, null, List.of(circuit("C-1"), circuit("C-4")), start)).as("C-4 is not the plan's")
                .isFalse();
        assertThat(window.covers("PE-9", 1, null, List.of(), start)).isFalse();
    }
}
