package io.kexiang.ingest.archive;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Finds, in the transaction that is about to archive events that came through Kafka, those the archive has already:
 * Kafka delivers a record again when its batch was committed here but its offset was not (a crash, a rebalance in
 * between). Each partition of the batch is first locked for the rest of the transaction, so a consumer that lost a
 * partition without knowing it yet and its new owner take turns, and the second one sees what the first committed.
 * Together with the unique key on the archive's positions, each record is archived, and counted by the alarms,
 * once.
 */
@Component
class Redeliveries {

    private final JdbcTemplate jdbc;
    private final Counter skipped;

    Redeliveries(JdbcTemplate jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.skipped = meters.counter("kexiang.ingest.archive.redelivered");
    }

    /** The events not archived yet, in their order; all of them when none came through Kafka. */
    List<QueuedEvent> unarchived(List<QueuedEvent> events) {
        Map<String, List<QueuedEvent>> byPartition = new TreeMap<>();
        for (QueuedEvent event : events) {
            if (event.position() != null) {
                byPartition.computeIfAbsent(event.position().topic() + '\0' + event.position().partition(),
                        key -> new ArrayList<>()).add(event);
            }
        }
        if (byPartition.isEmpty()) {
            return events;
        }
        Set<KafkaPosition> archived = new HashSet<>();
        // In a fixed order (the map's), so that two consumers locking overlapping partitions cannot deadlock.
        for (List<QueuedEvent> partition : byPartition.values()) {
            KafkaPosition first = partition.get(0).position();
            jdbc.queryForObject("select pg_advisory_xact_lock(hashtext(?), ?)", Object.class, first.topic(),
                    first.partition());
            archived.addAll(archivedOf(partition));
        }
        if (archived.isEmpty()) {
            return events;
        }
        List<QueuedEvent> fresh = new ArrayList<>(events.size());
        for (QueuedEvent event : events) {
            if (event.position() == null || !archived.contains(event.position())) {
                fresh.add(event);
            }
        }
        skipped.increment(events.size() - fresh.size());
        return fresh;
    }

    /** One index range per partition; the receive times bound it to the archive's partitions they fall in. */
    private List<KafkaPosition> archivedOf(List<QueuedEvent> partition) {
        KafkaPosition first = partition.get(0).position();
        long low = partition.stream().mapToLong(event -> event.position().offset()).min().orElseThrow();
        long high = partition.stream().mapToLong(event -> event.position().offset()).max().orElseThrow();
        // The archive keeps microseconds: an event received at …123456789 ns is stored at …123456 µs.
        Instant earliest = partition.stream().map(event -> event.event().receivedAt()).min(Comparator.naturalOrder())
                .orElseThrow().truncatedTo(ChronoUnit.MICROS);
        Instant latest = partition.stream().map(event -> event.event().receivedAt()).max(Comparator.naturalOrder())
                .orElseThrow();
        return jdbc.query("select kafka_offset from raw_event where kafka_topic = ? and kafka_partition = ? "
                        + "and kafka_offset between ? and ? and received_at between ? and ?",
                (row, n) -> new KafkaPosition(first.topic(), first.partition(), row.getLong(1)), first.topic(),
                first.partition(), low, high, Timestamp.from(earliest), Timestamp.from(latest));
    }
}
