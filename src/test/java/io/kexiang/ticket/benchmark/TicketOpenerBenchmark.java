package io.kexiang.ticket.benchmark;

import static io.kexiang.support.LinkEvents.LINK_DOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kexiang.ingest.archive.Ingestion;
import io.kexiang.support.ApplicationIT;
import io.kexiang.support.FixedClock;
import io.kexiang.support.LinkEvents;
import io.kexiang.support.MutableClock;
import io.kexiang.support.Response;
import io.kexiang.support.TestSite;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tickets per second (issue 18): 2,000 faults on one PE, each on a circuit of its own customer, ticketed as a
 * storm (a root on the PE, the interfaces its children; one ticket per customer). Measured twice:
 * <ul>
 * <li>the opener alone: the alarms all written and waiting out their hold-off, the clock moves past it, and the
 * time is taken until the 2,000th ticket has committed (each with its circuits, alarms, journal, status, the
 * account manager's notice and the hub's events);</li>
 * <li>the storm end to end: AAA customers (no hold-off), from the first fault handed to the intake to the 2,000th
 * ticket committed (target: 2 s).</li>
 * </ul>
 * Run with {@code mvn -Pbenchmark test-compile surefire:test -Dtest=TicketOpenerBenchmark}.
 */
@FixedClock
class TicketOpenerBenchmark extends ApplicationIT {

    private static final int CUSTOMERS = 2_000;
    private static final Duration HOLD_OFF = Duration.ofHours(1);
    private static final int ROUNDS = 3;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry properties) {
        properties.add("kexiang.ticket.hold-off", HOLD_OFF::toString);
        properties.add("kexiang.ticket.scan-interval", () -> "100ms");
    }

    @Autowired
    Ingestion queue;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    /** The first storm warms the code up (as JMH would), the next three are measured. */
    @Test
    void ticketsPerSecondOutOfTheOpener() throws Exception {
        demoInventory();
        for (int round = 0; round <= ROUNDS; round++) {
            TestSite site = customersOnOnePe("A");
            storm(site);
            awaitAlarmsWritten(site);
            assertThat(tickets(site)).isZero();

            long start = System.nanoTime();
            clock.advance(HOLD_OFF.plusSeconds(1));
            awaitTickets(site);
            report(round, "the opener alone: 2,000 customers' faults due at once", System.nanoTime() - start);
        }
    }

    @Test
    void aStormOfAaaCustomersIsTicketedEndToEnd() throws Exception {
        demoInventory();
        for (int round = 0; round <= ROUNDS; round++) {
            TestSite site = customersOnOnePe("AAA");
            long start = System.nanoTime();
            storm(site);
            awaitTickets(site);
            report(round, "a storm end to end: 2,000 AAA customers on one PE", System.nanoTime() - start);
        }
    }

    private void storm(TestSite site) throws InterruptedException {
        for (int ifIndex = 1; ifIndex <= CUSTOMERS; ifIndex++) {
            queue.put(LinkEvents.of(site.address, LINK_DOWN, ifIndex));
        }
    }

    private TestSite customersOnOnePe(String tier) {
        TestSite site = TestSite.create(admin(), "PE");
        StringBuilder customers = new StringBuilder("customer_code,name,tier,industry,account_manager_employee_id\n");
        List<String> circuits = new ArrayList<>();
        for (int i = 1; i <= CUSTOMERS; i++) {
            String code = "TOB-%s-%04d".formatted(site.element, i);
            customers.append("%s,开单基准客户 %d,%s,制造业,am00%d\n".formatted(code, i, tier, 1 + i % 2));
            circuits.add(site.ddn("TOB-" + i + "-" + site.element, code, i, "E1-" + i));
        }
        Response imported = admin().postCsv("/api/v1/import/customers", customers.toString());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        site.circuits(circuits.toArray(String[]::new));
        return site;
    }

    /** Until every fault is an alarm (each with its ticket candidate, written in the same transaction). */
    private void awaitAlarmsWritten(TestSite site) throws InterruptedException {
        long[] seen = {-1};
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(300)).until(() -> {
            long now = jdbc.queryForObject("select count(*) from alarm where network_element = ?", Long.class,
                    site.element);
            boolean settled = now >= CUSTOMERS && now == seen[0];
            seen[0] = now;
            return settled;
        });
    }

    /** The site's customers' tickets, as committed (tickets of earlier rounds are on other sites). */
    private long tickets(TestSite site) {
        return jdbc.queryForObject("select count(*) from trouble_ticket where customer_code like ?", Long.class,
                "TOB-" + site.element + "-%");
    }

    private void awaitTickets(TestSite site) {
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(10))
                .until(() -> tickets(site) >= CUSTOMERS);
        assertThat(tickets(site)).isEqualTo(CUSTOMERS);
    }

    private static void report(int round, String what, long nanos) {
        double seconds = nanos / 1e9;
        System.out.printf("%-60s %,8d tickets %6.2f s %,9.0f tickets/s%n",
                (round == 0 ? "(warm-up) " : "") + what, CUSTOMERS, seconds, CUSTOMERS / seconds);
    }
}
