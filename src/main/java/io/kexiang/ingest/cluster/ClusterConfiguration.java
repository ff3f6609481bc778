package io.kexiang.ingest.cluster;

import io.kexiang.ingest.archive.ClusterRelay;
import io.kexiang.ingest.archive.RelayedArchive;
import io.kexiang.inventory.CircuitResolver;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Cluster mode, when {@code kexiang.cluster.kafka.enabled}: the receivers' events go to Kafka ({@link KafkaRelay}),
 * and this node's processors ({@link ClusterProcessor}, a consumer group shared with the other nodes) archive and
 * handle their partitions' records. Spring for Apache Kafka's listener container does the consumer loop: partition
 * assignment and hand-over, offsets committed after each batch returns, a failed batch delivered again (every second,
 * for as long as the database is out of reach) rather than skipped.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "kexiang.cluster.kafka.enabled", havingValue = "true")
@EnableConfigurationProperties(ClusterSettings.class)
class ClusterConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ClusterConfiguration.class);

    /** The topic exists with its partitions before anything is sent to it (not as a broker's default would make it). */
    @Bean
    KafkaAdmin clusterAdmin(ClusterSettings settings) {
        Map<String, Object> properties = common(settings);
        properties.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
        KafkaAdmin admin = new KafkaAdmin(properties);
        admin.setFatalIfBrokerNotAvailable(true);
        return admin;
    }

    @Bean
    NewTopic receivedEventsTopic(ClusterSettings settings) {
        return new NewTopic(settings.topic(), settings.partitions(), settings.replicationFactor());
    }

    @Bean(destroyMethod = "close")
    Producer<byte[], byte[]> clusterProducer(ClusterSettings settings) {
        Map<String, Object> properties = common(settings);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, (int) settings.linger().toMillis());
        properties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, "kexiang-receiver");
        // A send waits this long at most for the topic's metadata or room in the buffer (Kafka's default: 60 s) before
        // the event is archived here instead; the receiver's queue holds what arrives meanwhile.
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        properties.putAll(settings.properties());
        return new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
    }

    @Bean
    ClusterRelay clusterRelay(Producer<byte[], byte[]> clusterProducer, ClusterSettings settings,
            CircuitResolver resolver, MeterRegistry meters, @Value("${kexiang.secrets.key:}") String secretKey) {
        if (secretKey.isBlank()) {
            log.warn("Cluster mode without KEXIANG_SECRET_KEY: this node seals secrets (SNMPv3 passphrases) with a key "
                    + "file of its own, which the other nodes cannot open; give every node the same key");
        }
        log.info("Cluster mode: received events go to Kafka topic {} at {}; {} processor threads here",
                settings.topic(), settings.bootstrapServers(), settings.consumers());
        return new KafkaRelay(clusterProducer, settings.topic(), resolver, meters);
    }

    /** With {@code consumers} 0 the container is there but never started: this node only receives. */
    @Bean
    ConcurrentMessageListenerContainer<byte[], byte[]> clusterProcessors(ClusterSettings settings,
            RelayedArchive archive, MeterRegistry meters) {
        Map<String, Object> properties = common(settings);
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, settings.group());
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // A group that starts on a topic with records takes them all: none was archived by it.
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, settings.maxBatch());
        // A node that dies holds its partitions until the group gives up on it: 10 s, not Kafka's 45, is how long
        // its elements' alarms wait before another node takes them over.
        properties.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
        properties.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 2_000);
        properties.putAll(settings.properties());
        DefaultKafkaConsumerFactory<byte[], byte[]> consumers = new DefaultKafkaConsumerFactory<>(properties,
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        ContainerProperties container = new ContainerProperties(settings.topic());
        container.setAckMode(ContainerProperties.AckMode.BATCH);
        container.setMessageListener(new ClusterProcessor(archive, meters));
        container.setMicrometerEnabled(false);
        ConcurrentMessageListenerContainer<byte[], byte[]> processors = new ConcurrentMessageListenerContainer<>(
                consumers, container);
        processors.setConcurrency(Math.max(1, settings.consumers()));
        processors.setAutoStartup(settings.consumers() > 0);
        processors.setBeanName("kexiang-processor");
        processors.setCommonErrorHandler(
                new DefaultErrorHandler(new FixedBackOff(1000, FixedBackOff.UNLIMITED_ATTEMPTS)));
        return processors;
    }

    @Bean("kafka")
    ClusterHealth clusterHealth(KafkaAdmin clusterAdmin, ClusterSettings settings) {
        return new ClusterHealth(clusterAdmin.getConfigurationProperties(), settings.topic());
    }

    private static Map<String, Object> common(ClusterSettings settings) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, String.join(",", settings.bootstrapServers()));
        properties.putAll(settings.properties());
        return properties;
    }
}
