package io.kexiang.alarm;

import static io.kexiang.support.LinkEvents.LINK_DOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.kexiang.ingest.archive.Ingestion;
import io.kexiang.shared.AlarmId;
import io.kexiang.support.ApplicationIT;
import io.kexiang.support.LinkEvents;
import io.kexiang.support.TestSite;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** What keeps an open board current: its first page's alarms and their versions, and those rows in full. */
class AlarmBoardIT extends ApplicationIT {

    @Autowired
    AlarmBoard board;
    @Autowired
    Ingestion queue;
    @Autowired
    JdbcTemplate jdbc;

    private final Authentication engineer = new UsernamePasswordAuthenticationToken("noc-board", null,
            AuthorityUtils.createAuthorityList("STAFF", "ROLE_NOC_ENGINEER"));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theFirstPageListsTheNewestAlarmsWithAVersionThatEveryChangeMoves() throws InterruptedException {
        demoInventory();
        TestSite site = TestSite.create(admin(), "PE");
        String customer = site.customer("A");
        site.circuits(site.ddn("BD1-" + site.element, customer, 1, "E1-1"),
                site.ddn("BD2-" + site.element, customer, 2, "E1-2"),
                site.ddn("BD3-" + site.element, customer, 3, "E1-3"));
        List<AlarmId> raised = new java.util.ArrayList<>();
        for (int ifIndex = 1; ifIndex <= 3; ifIndex++) {
            queue.put(LinkEvents.of(site.address, LINK_DOWN, ifIndex));
            int expected = ifIndex;
            await().atMost(Duration.ofSeconds(20)).until(() -> openAlarms(site).size() == expected);
            Thread.sleep(5); // raised at distinct times: the board's order is by time raised
        }
        raised.addAll(openAlarms(site));
        SecurityContextHolder.getContext().setAuthentication(engineer);
        Map<String, String> filters = Map.of("networkElement", site.element);

        Map<AlarmId, BoardVersion> firstPage = board.firstPage(filters, engineer, 2);

        assertThat(firstPage.keySet()).as("the two newest: the oldest is below a two-row board")
                .containsExactly(raised.get(2), raised.get(1));
        assertThat(board.firstPage(filters, engineer, 3).keySet()).containsExactly(raised.get(2), raised.get(1),
                raised.get(0));
        assertThat(board.firstPage(Map.of("networkElement", "ELSEWHERE"), engineer, 100)).isEmpty();
        assertThat(board.rows(List.of(raised.get(0)), engineer)).extracting(BoardRow::id, BoardRow::occurrences)
                .containsExactly(tuple(raised.get(0), 1));

        // A repeat is announced by no event (the intake would publish thousands a second): the page's versions
        // are what tell a board that the count went up.
        queue.put(LinkEvents.of(site.address, LINK_DOWN, 2));
        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> !board.firstPage(filters, engineer, 2).get(raised.get(1))
                .equals(firstPage.get(raised.get(1))));
        assertThat(board.firstPage(filters, engineer, 2).get(raised.get(2))).isEqualTo(firstPage.get(raised.get(2)));
        assertThat(board.rows(List.of(raised.get(1)), engineer)).extracting(BoardRow::occurrences).containsExactly(2);
        BoardVersion repeated = board.firstPage(filters, engineer, 2).get(raised.get(1));
        assertThat(repeated.occurrences()).isEqualTo(2);
        assertThat(repeated.showsAsAt(firstPage.get(raised.get(1))))
                .as("a repeat moves the count alone: a board is sent the count, the row is not read").isTrue();

        board.act(AlarmBoard.Action.ACKNOWLEDGE, List.of(raised.get(1)), null, engineer);
        BoardVersion acknowledged = board.firstPage(filters, engineer, 2).get(raised.get(1));
        assertThat(acknowledged.showsAsAt(repeated)).as("an acknowledgement shows: the row is read and sent")
                .isFalse();
        assertThat(acknowledged.changedAt()).isNotEqualTo(repeated.changedAt());
    }

    /** Oldest raised first. */
    private List<AlarmId> openAlarms(TestSite site) {
        return jdbc.queryForList("select id from alarm where network_element = ? and state <> 'cleared' "
                + "order by raised_at, id", Long.class, site.element).stream().map(AlarmId::of).toList();
    }
}
