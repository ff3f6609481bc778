package io.kexiang.ingest.cluster;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Cluster mode: the nodes' receivers put every received event into one Kafka topic, and processors on every node (a
 * consumer group) archive and handle it. Off by default: a single node needs no Kafka.
 *
 * @param bootstrapServers the brokers, {@code host:port}
 * @param topic the received events, keyed by network element (by sender address when none is known)
 * @param partitions the topic's partitions when Kexiang creates it: at most this many processors share the work
 * @param replicationFactor 3 on a production cluster (with {@code min.insync.replicas=2}); 1 for one broker
 * @param group the processors' consumer group
 * @param consumers processor threads on this node, each with its share of the partitions (0: this node only
 *                  receives)
 * @param maxBatch records a processor archives in one transaction at most
 * @param linger how long the producer gathers records before sending a batch
 * @param properties any other Kafka client setting (security.protocol, sasl.*, ssl.*), for producer, consumer and
 *                   admin alike
 */
@ConfigurationProperties("kexiang.cluster.kafka")
public record ClusterSettings(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("localhost:9092") List<String> bootstrapServers,
        @DefaultValue("kexiang.received") String topic,
        @DefaultValue("12") int partitions,
        @DefaultValue("1") short replicationFactor,
        @DefaultValue("kexiang-processors") String group,
        @DefaultValue("2") int consumers,
        @DefaultValue("1000") int maxBatch,
        @DefaultValue("5ms") Duration linger,
        @DefaultValue Map<String, String> properties) {
}
