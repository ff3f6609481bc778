package io.kexiang.console.alarms;

import static org.assertj.core.api.Assertions.assertThat;

import io.kexiang.alarm.BoardRow;
import io.kexiang.shared.AlarmId;
import io.kexiang.shared.CircuitId;
import io.kexiang.shared.CustomerCode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ShownRowsTests {

    private static final Instant RAISED = Instant.parse("2026-12-02T08:00:00Z");

    private final ShownRows shown = new ShownRows();

    @Test
    void aRowTheBoardsHaveNotBeenSentGoesWhole() {
        BoardRow row = row(1, 1, false);

        ShownRows.Delta delta = shown.next(List.of(row));

        assertThat(delta.whole()).containsExactly(row);
        assertThat(delta.counts()).isEmpty();
    }

    @Test
    void aRepeatSendsOnlyTheNewCount() {
        shown.next(List.of(row(1, 1, false), row(2, 4, false)));

        ShownRows.Delta delta = shown.next(List.of(row(2, 5, false, RAISED.plusSeconds(9))));

        assertThat(delta.whole()).isEmpty();
        assertThat(delta.counts()).containsExactlyEntriesOf(Map.of(2L, 5));
    }

    @Test
    void anyOtherChangeSendsTheRowWholeAndIsTheBaseForTheNext() {
        shown.next(List.of(row(1, 1, false)));

        BoardRow acknowledged = row(1, 2, true);
        assertThat(shown.next(List.of(acknowledged)).whole()).containsExactly(acknowledged);
        assertThat(shown.next(List.of(row(1, 3, true))).counts()).containsExactlyEntriesOf(Map.of(1L, 3));
    }

    @Test
    void aRowThatLeftThePageIsSentWholeWhenItComesBack() {
        shown.next(List.of(row(1, 1, false), row(2, 1, false)));
        shown.keepOnly(Set.of(new AlarmId(2)));

        assertThat(shown.next(List.of(row(1, 2, false))).whole()).hasSize(1);
    }

    @Test
    void aBoardJoiningTheViewMakesEveryRowGoWholeOnce() {
        shown.next(List.of(row(1, 1, false)));
        shown.forget();

        assertThat(shown.next(List.of(row(1, 2, false))).whole()).hasSize(1);
        assertThat(shown.next(List.of(row(1, 3, false))).whole()).isEmpty();
    }

    private static BoardRow row(long id, int occurrences, boolean acknowledged) {
        return row(id, occurrences, acknowledged, RAISED);
    }

    private static BoardRow row(long id, int occurrences, boolean acknowledged, Instant changedAt) {
        return new BoardRow(new AlarmId(id), "critical", "raised", RAISED, changedAt, "PE1", "ifIndex=5", "lossOfSignal",
                "linkDown", List.of(new BoardRow.Customer(new CustomerCode("C1"), "客户", "AAA")),
                List.of(new CircuitId("DDN-1")), List.of("张三"), occurrences, acknowledged,
                acknowledged ? "noc" : null, false, false, true, false, 0, null);
    }
}
