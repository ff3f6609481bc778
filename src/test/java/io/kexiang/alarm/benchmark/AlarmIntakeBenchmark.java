package io.kexiang.alarm.benchmark;

import static io.kexiang.support.LinkEvents.LINK_DOWN;
import static io.kexiang.support.LinkEvents.LINK_UP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kexiang.ingest.archive.Ingestion;
import io.kexiang.ingest.received.ReceivedEvent;
import io.kexiang.support.ApplicationIT;
import io.kexiang.support.LinkEvents;
import io.kexiang.support.TestSite;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Events per second from the ingest queue to committed archive rows and alarms (naming, linking, normalising,
 * reducing, clearing, one transaction per batch), on an element with 1,000 circuits. The receive side (UDP and
 * BER) is left out here: issue 7 measures the whole path against snmptrapd. Run with {@code mvn -Pbenchmark verify}.
 */
class AlarmIntakeBenchmark extends ApplicationIT {

    private static final int INTERFACES = 1_000;

    @Autowired
    Ingestion queue;
    @Autowired
    MeterRegistry meters;

    private final List<String> report = new ArrayList<>();

    @Test
    void eventsPerSecondThroughArchiveAndAlarms() throws Exception {
        demoInventory();
        TestSite site = TestSite.create(admin(), "PE");
        String customer = site.customer("A");
        List<String> rows = new ArrayList<>();
        for (int ifIndex = 1; ifIndex <= INTERFACES; ifIndex++) {
            rows.add(site.ddn("B" + ifIndex + "-" + site.element, customer, ifIndex, "E1-" + ifIndex));
        }
        site.circuits(rows.toArray(String[]::new));

        run("1,000 new faults (insert, link to a circuit, journal)", site, 1, false);
        run("20,000 repeats of open faults (reduction)", site, 20, false);
        run("10,000 clears and 10,000 raises again (clear, new alarm)", site, 10, true);
        report.forEach(System.out::println);
        assertThat(report).hasSize(3);
    }

    /** {@code rounds} times a link-down on every interface, each round preceded by link-ups when {@code flap}. */
    private void run(String what, TestSite site, int rounds, boolean flap) throws InterruptedException {
        List<ReceivedEvent> events = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (int ifIndex = 1; ifIndex <= INTERFACES; ifIndex++) {
                if (flap) {
                    events.add(event(site.address, LINK_UP, ifIndex));
                }
                events.add(event(site.address, LINK_DOWN, ifIndex));
            }
        }
        double before = archived();
        long start = System.nanoTime();
        for (ReceivedEvent event : events) {
            queue.put(event);
        }
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> archived() - before >= events.size());
        double seconds = (System.nanoTime() - start) / 1e9;
        report.add("%-60s %,8d events %6.2f s %,9.0f events/s".formatted(what, events.size(), seconds,
                events.size() / seconds));
    }

    private double archived() {
        return meters.counter("kexiang.ingest.archived").count();
    }

    private static ReceivedEvent event(String element, String trap, int ifIndex) {
        return LinkEvents.of(element, trap, ifIndex);
    }
}
