package io.kexiang.console.alarms;

import static org.assertj.core.api.Assertions.assertThat;

import io.kexiang.alarm.BoardRow;
import io.kexiang.alarm.BoardVersion;
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

        ShownRows.Delta delta = next(List.of(row));

        assertThat(delta.whole()).containsExactly(row);
        assertThat(delta.counts()).isEmpty();
    }

    @Test
    void aRepeatSendsOnlyTheNewCount() {
        next(List.of(row(1, 1, false), row(2, 4, false)));

        ShownRows.Delta delta = next(List.of(row(2, 5, false, RAISED.plusSeconds(9))));

        assertThat(delta.whole()).isEmpty();
        assertThat(delta.counts()).containsExactlyEntriesOf(Map.of(2L, 5));
    }

    @Test
    void anyOtherChangeSendsTheRowWholeAndIsTheBaseForTheNext() {
        next(List.of(row(1, 1, false)));

        BoardRow acknowledged = row(1, 2, true);
        assertThat(next(List.of(acknowledged)).whole()).containsExactly(acknowledged);
        assertThat(next(List.of(row(1, 3, true))).counts()).containsExactlyEntriesOf(Map.of(1L, 3));
    }

    @Test
    void aRowThatLeftThePageIsSentWholeWhenItComesBack() {
        next(List.of(row(1, 1, false), row(2, 1, false)));
        shown.keepOnly(Set.of(new AlarmId(2)));

        assertThat(next(List.of(row(1, 2, false))).whole()).hasSize(1);
    }

    @Test
    void aBoardJoiningTheViewMakesEveryRowGoWholeOnce() {
        next(List.of(row(1, 1, false)));
        shown.forget();

        assertThat(next(List.of(row(1, 2, false))).whole()).hasSize(1);
        assertThat(next(List.of(row(1, 3, false))).whole()).isEmpty();
    }

    @Test
    void aRowWhoseVersionSaysOnlyItsCountMovedIsSentItsCountUnread() {
        next(List.of(row(1, 1, false), row(2, 4, false)));

        ShownRows.Delta delta = shown.next(List.of(), Map.of(new AlarmId(2), version(5, false, 9)),
                Map.of(new AlarmId(2), version(5, false, 9)));

        assertThat(delta.whole()).isEmpty();
        assertThat(delta.counts()).containsExactlyEntriesOf(Map.of(2L, 5));
        assertThat(delta.unheld()).isEmpty();
        assertThat(next(List.of(row(2, 5, false, RAISED.plusSeconds(9)))).whole())
                .as("the count became what the boards hold: the same row read later is nothing new").isEmpty();
    }

    @Test
    void aRowIsHeldAsShownOnlyAtAVersionThatLooksTheSame() {
        next(List.of(row(1, 1, false)));

        assertThat(shown.holdsAsShownAt(new AlarmId(1), version(7, false, 5))).isTrue();
        assertThat(shown.holdsAsShownAt(new AlarmId(1), version(7, true, 5))).as("acknowledged since").isFalse();
        assertThat(shown.holdsAsShownAt(new AlarmId(2), version(1, false, 5))).as("never sent").isFalse();
    }

    @Test
    void aCountForARowTheBoardsNoLongerHoldIsToBeReadWhole() {
        next(List.of(row(1, 1, false)));
        shown.forget(); // a board joined between the page's read and the push

        ShownRows.Delta delta = shown.next(List.of(), Map.of(new AlarmId(1), version(2, false, 3)),
                Map.of(new AlarmId(1), version(2, false, 3)));

        assertThat(delta.counts()).isEmpty();
        assertThat(delta.unheld()).containsExactly(new AlarmId(1));
    }

    /** Rows read whole, at the versions of a page that says what they show. */
    private ShownRows.Delta next(List<BoardRow> rows) {
        Map<AlarmId, BoardVersion> page = new java.util.HashMap<>();
        rows.forEach(row -> page.put(row.id(), version(row.occurrences(), row.acknowledged(), 0)));
        return shown.next(rows, Map.of(), page);
    }

    /** The version of a row of {@link #row}: what it shows, its count, changed some seconds after it was raised. */
    private static BoardVersion version(int occurrences, boolean acknowledged, int secondsLater) {
        return new BoardVersion(RAISED.plusSeconds(secondsLater), occurrences, List.of("critical", "raised",
                acknowledged ? "acknowledged" : "unacknowledged"));
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
