package io.kexiang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kexiang.bench.UdpSocketStats;
import io.kexiang.support.ClusterBackbone;
import io.kexiang.support.LoopbackElements;
import io.kexiang.support.PackagedKexiang;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two packaged Kexiang nodes in cluster mode (a real Kafka broker, one PostgreSQL), one of them killed with SIGKILL
 * while 5,000 traps a second flow: the other takes over its partitions, and every trap sent is archived once and
 * counted once by its alarm.
 */
class ClusterFailoverIT {

    private static final Map<String, String> NMS_ON_THIS_MACHINE = Map.of("KEXIANG_SNMP_COMMUNITIES", "public",
            "KEXIANG_SNMP_TRUSTED_SOURCES", "127.0.0.1");
    private static final LoopbackElements ELEMENTS = new LoopbackElements(8, 50);

    private static ClusterBackbone backbone;

    @BeforeAll
    static void startKafkaAndPostgres() {
        backbone = ClusterBackbone.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (backbone != null) {
            backbone.close();
        }
    }

    private static PackagedKexiang node(Path folder) {
        return PackagedKexiang.start(folder, NMS_ON_THIS_MACHINE, backbone.nodeSettings().toArray(String[]::new));
    }

    @Test
    void killNineOfAProcessorNodeUnderFiveThousandTrapsASecondLosesAndDoublesNothing(@TempDir Path folder)
            throws Exception {
        try (PackagedKexiang receiver = node(folder.resolve("a"))) {
            assertThat(receiver.admin().postCsv("/api/v1/import/network-elements", ELEMENTS.csv()).status())
                    .isEqualTo(200);
            PackagedKexiang victim = node(folder.resolve("b"));
            // Each node's two processors hold partitions before the traffic starts.
            await().atMost(Duration.ofSeconds(60)).until(() -> processorsWithPartitions() == 4);

            AtomicBoolean sending = new AtomicBoolean(true);
            AtomicInteger sent = new AtomicInteger();
            Thread sender = new Thread(() -> sent.set(ELEMENTS.send(List.of(receiver.snmpPort()), Integer.MAX_VALUE,
                    5_000, sending::get)), "traps");
            sender.start();
            Thread.sleep(3_000);
            victim.kill();
            Thread.sleep(4_000);
            sending.set(false);
            sender.join();
            long drops = UdpSocketStats.drops(receiver.snmpPort());

            // The group notices the dead node within its session timeout, and the survivor takes its partitions.
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> archivedNumbers().size() >= sent.get() - drops);
            Thread.sleep(2_000);
            List<Long> numbers = archivedNumbers();
            long[] alarms = interfaceAlarms();
            System.out.printf("cluster fail-over: %,d traps sent, %,d archived (the kernel dropped %,d), the survivor "
                    + "skipped %,d records the killed node had archived%n", sent.get(), numbers.size(), drops,
                    receiver.metric("kexiang_ingest_archive_redelivered_total"));
            assertThat(numbers).as("each trap archived once").doesNotHaveDuplicates();
            assertThat((long) numbers.size()).as("every trap the kernel delivered")
                    .isGreaterThanOrEqualTo(sent.get() - drops);
            assertThat(alarms[0]).isEqualTo(ELEMENTS.alarms());
            assertThat(alarms[1]).as("the alarms count each trap once").isEqualTo(numbers.size());
        }
    }

    /** The processors' group members that hold partitions. */
    private static long processorsWithPartitions() throws Exception {
        try (Admin admin = backbone.kafkaAdmin()) {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of("kexiang-processors"))
                    .describedGroups().get("kexiang-processors").get();
            return group.members().stream().map(MemberDescription::assignment)
                    .filter(assignment -> !assignment.topicPartitions().isEmpty()).count();
        }
    }

    private static List<Long> archivedNumbers() throws SQLException {
        try (Connection database = backbone.database()) {
            return LoopbackElements.archivedNumbers(database);
        }
    }

    private static long[] interfaceAlarms() throws SQLException {
        try (Connection database = backbone.database()) {
            return LoopbackElements.interfaceAlarms(database);
        }
    }
}
