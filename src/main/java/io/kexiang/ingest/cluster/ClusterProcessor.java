package io.kexiang.ingest.cluster;

import io.kexiang.ingest.archive.KafkaPosition;
import io.kexiang.ingest.archive.RelayedArchive;
import io.kexiang.ingest.received.ReceivedEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchMessageListener;

/**
 * A processor's side of cluster mode: the records a poll returned (from this consumer's partitions, each
 * partition's in order) are archived and handled in one transaction; the container commits their offsets only
 * when this returns. A crash in between delivers them again, and the archive skips what it has.
 */
class ClusterProcessor implements BatchMessageListener<byte[], byte[]> {

    private static final Logger log = LoggerFactory.getLogger(ClusterProcessor.class);

    private final RelayedArchive archive;
    private final Counter consumed;
    private final Counter unreadable;
    private final Timer batches;

    ClusterProcessor(RelayedArchive archive, MeterRegistry meters) {
        this.archive = archive;
        this.consumed = meters.counter("kexiang.cluster.consumed");
        this.unreadable = meters.counter("kexiang.cluster.unreadable");
        this.batches = Timer.builder("kexiang.cluster.batch").publishPercentiles(0.5, 0.99).register(meters);
    }

    @Override
    public void onMessage(List<ConsumerRecord<byte[], byte[]>> records) {
        List<RelayedArchive.Relayed> events = new ArrayList<>(records.size());
        for (ConsumerRecord<byte[], byte[]> record : records) {
            ReceivedEvent event = read(record);
            if (event != null) {
                events.add(new RelayedArchive.Relayed(event,
                        new KafkaPosition(record.topic(), record.partition(), record.offset())));
            }
        }
        if (!events.isEmpty()) {
            batches.record(() -> archive.store(events));
        }
        consumed.increment(records.size());
    }

    /** A record no version of Kexiang wrote (another producer on the topic): counted, logged and passed over. */
    private ReceivedEvent read(ConsumerRecord<byte[], byte[]> record) {
        try {
            return ReceivedEventCodec.decode(record.value());
        } catch (IllegalArgumentException | NullPointerException e) {
            unreadable.increment();
            log.error("Record {}-{}@{} is not a received event, passed over: {}", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
            return null;
        }
    }
}
