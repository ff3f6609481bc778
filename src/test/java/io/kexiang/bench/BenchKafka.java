package io.kexiang.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.util.List;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * {@code bench/run --kafka}: Kexiang in cluster mode, one node, on a Kafka broker (KRaft) running in the benchmark's
 * JVM on this same machine, so that the broker's cost is in the figures as it would be beside one node.
 */
final class BenchKafka implements AutoCloseable {

    private final EmbeddedKafkaKraftBroker broker;

    private BenchKafka(EmbeddedKafkaKraftBroker broker) {
        this.broker = broker;
    }

    static BenchKafka start() {
        // No Spring Boot here to configure logging: the broker would log at DEBUG.
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.brokerProperty("auto.create.topics.enable", "false");
        broker.afterPropertiesSet();
        return new BenchKafka(broker);
    }

    /** What Kexiang is started with. */
    List<String> settings() {
        return List.of("--kexiang.cluster.kafka.enabled=true",
                "--kexiang.cluster.kafka.bootstrap-servers=" + broker.getBrokersAsString());
    }

    @Override
    public void close() {
        broker.destroy();
    }
}
