package io.kexiang.alarm.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kexiang.alarm.AlarmState;
import io.kexiang.shared.ConflictException;
import io.kexiang.shared.Text;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An alarm's life in the intake: repeats, a clear, a reopening that counts towards flapping. */
class TrackedAlarmTests {

    private static final Instant T0 = Instant.parse("2026-12-02T08:00:00Z");

    private static TrackedAlarm raised() {
        TrackedAlarm alarm = new TrackedAlarm(1, "HX-PE01/ifIndex=5/linkDown", "HX-PE01", "interface", false, T0);
        alarm.state = AlarmState.RAISED;
        alarm.severity = "major";
        alarm.occurrences = 1;
        alarm.lastOccurrence = T0;
        return alarm;
    }

    @Test
    void aRepeatCountsAndIsAnUpdateOnlyWhenTheSeverityChanges() {
        TrackedAlarm alarm = raised();

        assertThat(alarm.repeat("major", "major", null, T0.plusSeconds(5), T0.plusSeconds(5))).isEqualTo("major");
        assertThat(alarm.state).isEqualTo(AlarmState.RAISED);
        assertThat(alarm.repeat("critical", "critical", "again", T0.plusSeconds(9), T0.plusSeconds(9)))
                .isEqualTo("major");
        assertThat(alarm.state).isEqualTo(AlarmState.UPDATED);
        assertThat(alarm.occurrences).isEqualTo(3);
        assertThat(alarm.details).isEqualTo("again");
        assertThat(alarm.repeat("critical", "critical", null, T0.plusSeconds(2), T0.plusSeconds(10)))
                .as("a late event").isEqualTo("critical");
        assertThat(alarm.lastOccurrence).as("the last occurrence does not go back").isEqualTo(T0.plusSeconds(9));
    }

    @Test
    void aClearedAlarmIsNotOpenAndReopeningItCountsACycleUntilItFlaps() {
        TrackedAlarm alarm = raised();
        for (int cycle = 1; cycle <= 3; cycle++) {
            alarm.clear(T0.plusSeconds(cycle * 10L), T0.plusSeconds(cycle * 10L), "10.0.0.1");
            assertThat(alarm.open()).isFalse();
            assertThat(alarm.severity).isEqualTo("cleared");
            alarm.reopen("major", "major", null, T0.plusSeconds(cycle * 10L + 5), T0.plusSeconds(cycle * 10L + 5), 3);
            assertThat(alarm.open()).isTrue();
            assertThat(alarm.clearedAt).isNull();
            assertThat(alarm.flapping).as("cycle %d", cycle).isEqualTo(cycle >= 3);
        }
        assertThat(alarm.flapCycles).isEqualTo(3);
    }

    @Test
    void anOrphanInterfaceAlarmIsOpenWithNoParentAndNoRootOfItsOwn() {
        TrackedAlarm alarm = raised();
        assertThat(alarm.orphanInterface()).isTrue();
        alarm.parentId = 9L;
        assertThat(alarm.orphanInterface()).isFalse();
    }

    @Test
    void aClearedAlarmRefusesAChangeToTheOpenFaultNamingItsState() {
        assertThat(AlarmState.RAISED.updated(Text.of("alarm.clearedKeepsSeverity", 1))).isEqualTo(AlarmState.UPDATED);
        assertThatThrownBy(() -> AlarmState.CLEARED.updated(Text.of("alarm.clearedKeepsSeverity", 1)))
                .isInstanceOfSatisfying(ConflictException.class,
                        refused -> assertThat(refused.text().code()).isEqualTo("alarm.clearedKeepsSeverity"));
        assertThat(AlarmState.tmfNames()).containsExactly("raised", "updated", "cleared");
    }
}
