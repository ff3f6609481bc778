package io.kexiang.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * What the nodes of a cluster share, for the cluster tests: a Kafka broker (KRaft, embedded; topics only as Kexiang
 * creates them) and one PostgreSQL, and the settings a node needs to use both.
 */
public final class ClusterBackbone implements AutoCloseable {

    private final EmbeddedKafkaKraftBroker kafka;
    private final EmbeddedPostgres postgres;

    private ClusterBackbone(EmbeddedKafkaKraftBroker kafka, EmbeddedPostgres postgres) {
        this.kafka = kafka;
        this.postgres = postgres;
    }

    public static ClusterBackbone start() {
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 1);
        kafka.brokerProperty("auto.create.topics.enable", "false");
        kafka.afterPropertiesSet();
        try {
            return new ClusterBackbone(kafka, EmbeddedPostgres.builder().start());
        } catch (IOException e) {
            kafka.destroy();
            throw new UncheckedIOException(e);
        }
    }

    /** A node's settings: the shared database, cluster mode on the broker, a topic of 8 partitions. */
    public List<String> nodeSettings() {
        return List.of("--spring.datasource.url=jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                "--spring.datasource.username=postgres",
                "--kexiang.cluster.kafka.enabled=true",
                "--kexiang.cluster.kafka.bootstrap-servers=" + kafka.getBrokersAsString(),
                "--kexiang.cluster.kafka.partitions=8");
    }

    public Connection database() throws SQLException {
        return postgres.getPostgresDatabase().getConnection();
    }

    public Admin kafkaAdmin() {
        Properties properties = new Properties();
        properties.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString());
        return Admin.create(properties);
    }

    /** The broker goes away (its clients find nobody there); the database stays. */
    public void stopKafka() {
        kafka.destroy();
    }

    @Override
    public void close() throws IOException {
        kafka.destroy();
        postgres.close();
    }
}
