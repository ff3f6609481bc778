package io.kexiang.alarm;

import static io.kexiang.support.LinkEvents.LINK_DOWN;
import static io.kexiang.support.LinkEvents.LINK_UP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import io.kexiang.ingest.archive.Ingestion;
import io.kexiang.ingest.received.ReceivedEvent;
import io.kexiang.support.ApplicationIT;
import io.kexiang.support.LinkEvents;
import io.kexiang.support.TestSite;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fault that comes and goes several times within one batch of the archive writer: the intake changes its alarms
 * in memory and writes them once, so the order of those writes (a cleared alarm before the new one of the same
 * fault, folded counts, reopen after the flap cycles) is what this checks, in the database.
 */
class AlarmBatchIT extends ApplicationIT {

    @Autowired
    Ingestion queue;
    @Autowired
    MeterRegistry meters;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aFaultBouncingInsideOneBatchEndsAsTheSameAlarmsAsEventByEvent() throws InterruptedException {
        demoInventory();
        TestSite site = TestSite.create(admin(), "PE");
        String customer = site.customer("A");
        site.circuits(site.ddn("B5-" + site.element, customer, 5, "E1-5"),
                site.ddn("B6-" + site.element, customer, 6, "E1-6"));
        double archivedBefore = counter("kexiang.ingest.archived");
        double failuresBefore = counter("kexiang.ingest.handler.failures");
        double oneByOneBefore = counter("kexiang.ingest.archive.one_by_one");

        // Put together, so that the writer takes them as one batch (or a few: the outcome must be the same).
        List<ReceivedEvent> events = List.of(event(site, LINK_DOWN, 5), event(site, LINK_DOWN, 5),
                event(site, LINK_DOWN, 6), event(site, LINK_UP, 5), event(site, LINK_DOWN, 5),
                event(site, LINK_UP, 6), event(site, LINK_UP, 5), event(site, LINK_DOWN, 5),
                event(site, LINK_UP, 5), event(site, LINK_DOWN, 5));
        for (ReceivedEvent event : events) {
            queue.put(event);
        }
        await().atMost(Duration.ofSeconds(20))
                .until(() -> counter("kexiang.ingest.archived") - archivedBefore >= events.size());

        List<Map<String, Object>> alarms = jdbc.queryForList("""
                select a.id, a.state, a.occurrence_count, a.flap_cycles, a.flapping,
                       (select count(*) from alarm_event e where e.alarm_id = a.id) as events
                from alarm a where a.network_element = ? and a.alarmed_object_id like '%ifIndex=5' order by a.id""",
                site.element);
        // Down, down, up: the first alarm, two occurrences, cleared. Down, up: a new alarm (one cycle), cleared.
        // Down, up, down: a third (two cycles), cleared, then reopened at the third cycle: flapping, open.
        assertThat(alarms).extracting(row -> row.get("state"), row -> row.get("occurrence_count"),
                row -> row.get("flap_cycles"), row -> row.get("flapping"),
                row -> ((Number) row.get("events")).intValue())
                .containsExactly(tuple("cleared", 2, 0, false, 3), tuple("cleared", 1, 1, false, 2),
                        tuple("raised", 2, 3, true, 3));
        assertThat(jdbc.queryForObject("select count(*) from alarm where network_element = ? and state <> 'cleared' "
                + "and alarmed_object_id like '%ifIndex=5'", Integer.class, site.element)).isEqualTo(1);
        assertThat(jdbc.queryForList("select state from alarm where network_element = ? "
                + "and alarmed_object_id like '%ifIndex=6'", String.class, site.element)).containsExactly("cleared");
        assertThat(counter("kexiang.ingest.archive.one_by_one")).as("no batch failed and went one event at a time")
                .isEqualTo(oneByOneBefore);
        assertThat(counter("kexiang.ingest.handler.failures")).isEqualTo(failuresBefore);
    }

    /**
     * The same bounces a batch apart each: the cleared alarm is found in the database (its latest clear inside the
     * flap window), not in the batch's memory, and the cycles count on from it.
     */
    @Test
    void aFaultBouncingOverSeveralBatchesCountsItsCyclesFromTheAlarmClearedLast() throws InterruptedException {
        TestSite site = TestSite.create(admin(), "PE");
        List<String> traps = List.of(LINK_DOWN, LINK_UP, LINK_DOWN, LINK_UP, LINK_DOWN, LINK_UP, LINK_DOWN);
        for (String trap : traps) {
            double archivedBefore = counter("kexiang.ingest.archived");
            queue.put(event(site, trap, 7));
            await().atMost(Duration.ofSeconds(20)).until(() -> counter("kexiang.ingest.archived") > archivedBefore);
        }

        List<Map<String, Object>> alarms = jdbc.queryForList("""
                select a.state, a.flap_cycles, a.flapping from alarm a
                where a.network_element = ? and a.alarmed_object_id like '%ifIndex=7' order by a.id""", site.element);
        // Each return after a clear is a cycle, counted from the alarm cleared last; the third reopens it, flapping.
        assertThat(alarms).extracting(row -> row.get("state"), row -> row.get("flap_cycles"),
                row -> row.get("flapping"))
                .containsExactly(tuple("cleared", 0, false), tuple("cleared", 1, false), tuple("raised", 3, true));
    }

    private double counter(String name) {
        return meters.counter(name).count();
    }

    private static ReceivedEvent event(TestSite site, String trap, int ifIndex) {
        return LinkEvents.of(site.address, trap, ifIndex);
    }
}
