package io.kexiang.ingest.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kexiang.KexiangApplication;
import io.kexiang.bench.BerTrap;
import io.kexiang.ingest.TrapPorts;
import io.kexiang.support.ClusterBackbone;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Cluster mode with Kafka gone: what the node receives is archived by the node itself, not lost. */
class KafkaOutageIT {

    @Test
    void aTrapThatKafkaCannotTakeIsArchivedByTheNodeThatReceivedIt(@TempDir Path folder) throws Exception {
        try (ClusterBackbone backbone = ClusterBackbone.start()) {
            List<String> settings = new ArrayList<>(backbone.nodeSettings());
            settings.addAll(List.of("--server.port=0", "--spring.jmx.enabled=false",
                    "--kexiang.ingest.snmp.listen-address=127.0.0.1",
                    "--kexiang.ingest.file-drop.directory=" + folder.resolve("drop"),
                    // The producer gives up after 2–3 s rather than Kafka's 10 s (no metadata) or 2 minutes (a send).
                    "--kexiang.cluster.kafka.properties.delivery.timeout.ms=3000",
                    "--kexiang.cluster.kafka.properties.request.timeout.ms=2000",
                    "--kexiang.cluster.kafka.properties.max.block.ms=2000"));
            try (ConfigurableApplicationContext node = new SpringApplicationBuilder(KexiangApplication.class)
                    .run(settings.toArray(String[]::new))) {
                backbone.stopKafka();
                byte[] trap = BerTrap.encode("public", BerTrap.LINK_DOWN, 9, 424242);
                BerTrap.stamp(trap, 424242);
                try (DatagramSocket socket = new DatagramSocket()) {
                    socket.send(new DatagramPacket(trap, trap.length, InetAddress.getLoopbackAddress(),
                            node.getBean(TrapPorts.class).udpPort()));
                }

                await().atMost(Duration.ofSeconds(30)).until(() -> archivedHere(backbone) == 1);
                // At least the trap: the node's own heartbeat watch may have had an event refused in the same seconds.
                assertThat(node.getBean(MeterRegistry.class).counter("kexiang.cluster.publish.failed").count())
                        .isGreaterThanOrEqualTo(1.0);
            }
        }
    }

    /** The trap, archived without a Kafka position. */
    private static long archivedHere(ClusterBackbone backbone) throws Exception {
        try (Connection database = backbone.database(); ResultSet row = database.createStatement().executeQuery(
                "select count(*) from raw_event where kafka_topic is null and trap_oid = '" + BerTrap.LINK_DOWN
                        + "' and encode(raw, 'escape') like '%0000000000424242'")) {
            row.next();
            return row.getLong(1);
        }
    }
}
