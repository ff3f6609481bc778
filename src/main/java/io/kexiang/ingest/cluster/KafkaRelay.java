package io.kexiang.ingest.cluster;

import io.kexiang.ingest.archive.ClusterRelay;
import io.kexiang.ingest.received.ReceivedEvent;
import io.kexiang.inventory.CircuitResolver;
import io.kexiang.inventory.NetworkElementRef;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A receiver's side of cluster mode: each received event becomes a record of the received-events topic, keyed by
 * its network element so that one element's events stay in one partition, in the order they came (what the alarm
 * intake needs: a linkDown before its linkUp). The producer is idempotent with {@code acks=all}: a record is
 * acknowledged once every in-sync replica has it, and the producer's own retries never store it twice. An INFORM
 * is answered then, not before.
 */
class KafkaRelay implements ClusterRelay {

    private static final Logger log = LoggerFactory.getLogger(KafkaRelay.class);

    private final Producer<byte[], byte[]> producer;
    private final String topic;
    private final CircuitResolver resolver;
    private final Counter published;
    private final Counter failed;

    KafkaRelay(Producer<byte[], byte[]> producer, String topic, CircuitResolver resolver, MeterRegistry meters) {
        this.producer = producer;
        this.topic = topic;
        this.resolver = resolver;
        this.published = meters.counter("kexiang.cluster.published");
        this.failed = meters.counter("kexiang.cluster.publish.failed");
    }

    @Override
    public void relay(ReceivedEvent event, Consumer<ReceivedEvent> undeliverable) {
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(topic,
                key(event).getBytes(StandardCharsets.UTF_8), ReceivedEventCodec.encode(event));
        try {
            producer.send(record, (metadata, failure) -> {
                if (failure == null) {
                    published.increment();
                    if (event.acknowledgement() != null) {
                        event.acknowledgement().run();
                    }
                } else {
                    // The producer retried until delivery.timeout.ms: the brokers have been out of reach that long.
                    undeliverable(event, failure, undeliverable);
                }
            });
        } catch (RuntimeException refused) {
            // Refused at once: no metadata for the topic within max.block.ms (the brokers away since the start),
            // the producer's buffer full that long, or the producer closed.
            undeliverable(event, refused, undeliverable);
        }
    }

    /** Archived here instead (an INFORM is answered once it is), rather than lost. */
    private void undeliverable(ReceivedEvent event, Exception failure, Consumer<ReceivedEvent> undeliverable) {
        failed.increment();
        long count = (long) failed.count();
        if (count == 1 || count % 10_000 == 0) { // not a line per trap while Kafka is away
            log.warn("Events could not be put into Kafka ({} so far, the last from {}: {}); this node archives them "
                    + "itself", count, event.sourceAddress(), failure.toString());
        }
        undeliverable.accept(event);
    }

    /** The network element the sender (or a proxied trap's agent) is, else the address itself. */
    String key(ReceivedEvent event) {
        String origin = event.originAddress();
        return origin == null ? "" : resolver.networkElement(origin).map(NetworkElementRef::name).orElse(origin);
    }
}
