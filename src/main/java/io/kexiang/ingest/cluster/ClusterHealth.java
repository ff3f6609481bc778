package io.kexiang.ingest.cluster;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * In cluster mode a node that cannot reach Kafka can neither receive (nothing it takes would reach an archive) nor
 * process: not ready ({@code kafka} in the readiness group). Up names the brokers and the topic's partitions.
 */
class ClusterHealth implements HealthIndicator, DisposableBean {

    private static final int TIMEOUT_MILLIS = 3000;

    private final Admin admin;
    private final String topic;

    ClusterHealth(Map<String, Object> properties, String topic) {
        this.admin = Admin.create(properties);
        this.topic = topic;
    }

    @Override
    public Health health() {
        try {
            Collection<Node> brokers = admin.describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MILLIS))
                    .nodes().get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
            TopicDescription description = admin.describeTopics(java.util.List.of(topic)).allTopicNames()
                    .get(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS).get(topic);
            return Health.up().withDetail("brokers", brokers.size()).withDetail("topic", topic)
                    .withDetail("partitions", description.partitions().size()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Health.down().withDetail("reason", "interrupted").build();
        } catch (Exception e) {
            return Health.down().withDetail("reason", "Kafka cannot be reached or has no topic " + topic + ": "
                    + e.getClass().getSimpleName()).build();
        }
    }

    @Override
    public void destroy() {
        admin.close();
    }
}
