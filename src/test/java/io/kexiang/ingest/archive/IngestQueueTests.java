package io.kexiang.ingest.archive;

import static io.kexiang.support.LinkEvents.LINK_DOWN;
import static org.assertj.core.api.Assertions.assertThat;

import io.kexiang.support.LinkEvents;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lanes of the ingest queue, without naming (no MIBs, no inventory here): an event then goes to the lane of its
 * sender, which is what the writers fall back to when naming fails.
 */
class IngestQueueTests {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void eachSendersEventsStayInOneLaneInTheOrderTheyCame() throws InterruptedException {
        IngestQueue queue = new IngestQueue(1_000, 2, meters, null);
        Ingestion ingestion = new Ingestion(queue, null, (ClusterRelay) null);
        for (int ifIndex = 1; ifIndex <= 50; ifIndex++) {
            for (String element : List.of("10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4")) {
                ingestion.offer(LinkEvents.of(element, LINK_DOWN, ifIndex));
            }
        }

        assertThat(meters.get("kexiang.ingest.queue.lane.depth").tag("lane", "0").gauge().value()
                + meters.get("kexiang.ingest.queue.lane.depth").tag("lane", "1").gauge().value()).isEqualTo(200);
        assertThat(meters.get("kexiang.ingest.queue.depth").gauge().value()).isEqualTo(200);
        List<QueuedEvent> first = drained(queue, 0);
        List<QueuedEvent> second = drained(queue, 1);
        assertThat(first.size() + second.size()).isEqualTo(200);
        assertThat(first).isNotEmpty();
        assertThat(second).isNotEmpty();
        for (List<QueuedEvent> lane : List.of(first, second)) {
            for (String element : lane.stream().map(q -> q.event().originAddress()).distinct().toList()) {
                List<String> indexes = lane.stream().filter(q -> q.event().originAddress().equals(element))
                        .map(q -> q.event().varbinds().get(0).text()).toList();
                assertThat(indexes).hasSize(50).isEqualTo(
                        java.util.stream.IntStream.rangeClosed(1, 50).mapToObj(String::valueOf).toList());
                assertThat((lane == first ? second : first)).noneMatch(
                        q -> q.event().originAddress().equals(element));
            }
        }
    }

    @Test
    void theLanesShareOneCapacityAndDrainingGivesTheRoomBack() throws InterruptedException {
        IngestQueue queue = new IngestQueue(3, 2, meters, null);
        Ingestion ingestion = new Ingestion(queue, null, (ClusterRelay) null);
        for (String element : List.of("10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.4")) {
            ingestion.offer(LinkEvents.of(element, LINK_DOWN, 1));
        }
        assertThat(queue.depth()).isEqualTo(3);
        assertThat(meters.counter("kexiang.ingest.dropped", "reason", "queue_full").count()).isEqualTo(1);

        int taken = drained(queue, 0).size() + drained(queue, 1).size();
        assertThat(taken).isEqualTo(3);
        ingestion.offer(LinkEvents.of("10.0.0.5", LINK_DOWN, 1));
        assertThat(queue.depth()).isEqualTo(1);
        assertThat(meters.counter("kexiang.ingest.dropped", "reason", "queue_full").count()).isEqualTo(1);
    }

    @Test
    void aBatchLingersForEventsThatArriveJustAfterTheFirst() throws InterruptedException {
        IngestQueue queue = new IngestQueue(1_000, 1, meters, null);
        Ingestion ingestion = new Ingestion(queue, null, (ClusterRelay) null);
        ingestion.offer(LinkEvents.of("10.0.0.1", LINK_DOWN, 1));
        Thread later = new Thread(() -> {
            try {
                Thread.sleep(50);
                ingestion.offer(LinkEvents.of("10.0.0.1", LINK_DOWN, 2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        later.start();

        List<QueuedEvent> batch = new ArrayList<>();
        assertThat(queue.drain(0, batch, 1_000, 0, Duration.ofSeconds(2))).isEqualTo(2);
        assertThat(batch).extracting(q -> q.event().varbinds().get(0).text()).containsExactly("1", "2");

        List<QueuedEvent> full = new ArrayList<>();
        for (int ifIndex = 1; ifIndex <= 3; ifIndex++) {
            ingestion.offer(LinkEvents.of("10.0.0.1", LINK_DOWN, ifIndex));
        }
        // A full batch goes at once, whatever the linger.
        assertThat(queue.drain(0, full, 3, 0, Duration.ofDays(1))).isEqualTo(3);
    }

    private static List<QueuedEvent> drained(IngestQueue queue, int lane) throws InterruptedException {
        List<QueuedEvent> into = new ArrayList<>();
        while (queue.drain(lane, into, 1_000, 0, Duration.ZERO) > 0) {
            // until the lane is empty
        }
        return into;
    }
}
