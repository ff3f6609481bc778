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
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Tickets per second out of the ticket opener (issue 18): 2,000 faults on one PE, each on a circuit of its own
 * customer; the time from the first ticket committed to the 2,000th (each opened with its circuits, alarm, journal
 * and status, and the TicketOpened listeners: notices to the account managers, hub events). Any fault still in its
 * hold-off is let out at the first ticket (the clock moves past it). Run with {@code mvn -Pbenchmark verify}.
 */
@FixedClock
class TicketOpenerBenchmark extends ApplicationIT {

    private static final int CUSTOMERS = 2_000;
    private static final Duration HOLD_OFF = Duration.ofHours(1);

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry properties) {
        properties.add("kexiang.ticket.hold-off", HOLD_OFF::toString);
        properties.add("kexiang.ticket.scan-interval", () -> "100ms");
    }

    @Autowired
    Ingestion queue;
    @Autowired
    MeterRegistry meters;
    @Autowired
    MutableClock clock;

    @Test
    void ticketsPerSecondOutOfTheOpener() throws Exception {
        demoInventory();
        TestSite site = TestSite.create(admin(), "PE");
        StringBuilder customers = new StringBuilder("customer_code,name,tier,industry,account_manager_employee_id\n");
        List<String> circuits = new ArrayList<>();
        for (int i = 1; i <= CUSTOMERS; i++) {
            String code = "TOB-%s-%04d".formatted(site.element, i);
            customers.append("%s,开单基准客户 %d,%s,制造业,am00%d\n".formatted(code, i, i % 20 == 0 ? "AAA" : "A",
                    1 + i % 2));
            circuits.add(site.ddn("TOB-" + i + "-" + site.element, code, i, "E1-" + i));
        }
        Response imported = admin().postCsv("/api/v1/import/customers", customers.toString());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        site.circuits(circuits.toArray(String[]::new));

        // The faults come as a storm (a root on the PE, the interfaces its children), whose tickets open without
        // waiting out the hold-off: the time is taken from the first ticket committed to the last.
        double openedBefore = opened();
        for (int ifIndex = 1; ifIndex <= CUSTOMERS; ifIndex++) {
            queue.put(LinkEvents.of(site.address, LINK_DOWN, ifIndex));
        }
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(5))
                .until(() -> opened() - openedBefore >= 1);
        long start = System.nanoTime();
        clock.advance(HOLD_OFF.plusSeconds(1));
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> opened() - openedBefore >= CUSTOMERS);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-60s %,8d tickets %6.2f s %,9.0f tickets/s%n",
                "2,000 faults on one PE, one customer each", CUSTOMERS, seconds, CUSTOMERS / seconds);
        assertThat(opened() - openedBefore).isEqualTo(CUSTOMERS);
    }

    private double opened() {
        return meters.counter("kexiang.ticket.opened", "origin", "alarm").count();
    }
}
