package io.kexiang.alarm;

import static io.kexiang.support.LinkEvents.LINK_DOWN;
import static org.assertj.core.api.Assertions.assertThat;
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

/** What an open board is sent: the changed alarms on its first page, not those changing further down. */
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
    void anUpdateCarriesOnlyTheChangedAlarmsOnTheBoardsFirstPage() throws InterruptedException {
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

        List<BoardRow> rows = board.onFirstPage(raised, filters, engineer, 2);

        assertThat(rows).extracting(BoardRow::id).as("the two newest: the oldest is below a two-row board")
                .containsExactly(raised.get(2), raised.get(1));
        assertThat(board.onFirstPage(List.of(raised.get(0)), filters, engineer, 2)).isEmpty();
        assertThat(board.onFirstPage(List.of(raised.get(0)), filters, engineer, 3)).extracting(BoardRow::id)
                .containsExactly(raised.get(0));
        assertThat(board.onFirstPage(raised, Map.of("networkElement", "ELSEWHERE"), engineer, 100)).isEmpty();
    }

    /** Oldest raised first. */
    private List<AlarmId> openAlarms(TestSite site) {
        return jdbc.queryForList("select id from alarm where network_element = ? and state <> 'cleared' "
                + "order by raised_at, id", Long.class, site.element).stream().map(AlarmId::of).toList();
    }
}
