package io.kexiang.ingest.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kexiang.KexiangApplication;
import io.kexiang.identity.PersonDirectory;
import io.kexiang.ingest.TrapPorts;
import io.kexiang.inventory.CircuitResolver;
import io.kexiang.support.Api;
import io.kexiang.support.ClusterBackbone;
import io.kexiang.support.LoopbackElements;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;

/**
 * Cluster mode on a real (embedded, KRaft) Kafka broker: two Kexiang nodes, each an application context of its own,
 * on one PostgreSQL. Traps sent to either node's port are archived once, by whichever node holds their element's
 * partition, and counted once by the alarms, also when Kafka delivers them all again.
 */
class ClusterModeIT {

    private static final String TOPIC = "kexiang.received";
    private static final String ADMIN_PASSWORD = "cluster-admin-password";
    private static final LoopbackElements ELEMENTS = new LoopbackElements(8, 25);

    private static ClusterBackbone backbone;

    @TempDir
    Path folder;

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

    private ConfigurableApplicationContext node(String name) {
        List<String> settings = new ArrayList<>(backbone.nodeSettings());
        settings.addAll(List.of("--server.port=0", "--spring.jmx.enabled=false",
                "--kexiang.identity.initial-admin-password=" + ADMIN_PASSWORD,
                "--kexiang.ingest.snmp.listen-address=127.0.0.1",
                "--kexiang.ingest.file-drop.directory=" + folder.resolve("drop-" + name),
                "--kexiang.ingest.journal.directory=" + folder.resolve("journal-" + name)));
        return new SpringApplicationBuilder(KexiangApplication.class).run(settings.toArray(String[]::new));
    }

    @Test
    void trapsSentToTwoNodesAreArchivedAndCountedOnceAlsoWhenKafkaDeliversThemAgain() throws Exception {
        ConfigurableApplicationContext first = node("a");
        importElements(first);
        ConfigurableApplicationContext second = node("b");
        int sent;
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> !partitions(first).isEmpty()
                    && !partitions(second).isEmpty());
            sent = ELEMENTS.send(List.of(port(first), port(second)), 2_000, 2_000, () -> true);
            await().atMost(Duration.ofSeconds(60)).until(() -> archivedThroughKafka() >= sent);
            assertThat(consumed(first)).as("the first node processed its partitions").isPositive();
            assertThat(consumed(second)).as("the second node processed its partitions").isPositive();
        } finally {
            first.close();
            second.close();
        }
        List<Long> numbers = archivedNumbers();
        assertThat(numbers).hasSize(sent).doesNotHaveDuplicates();
        long[] alarms = alarms();
        assertThat(alarms[0]).as("one alarm per interface: %s", alarmKinds()).isEqualTo(ELEMENTS.alarms());
        assertThat(alarms[1]).as("every trap counted once").isEqualTo(sent);

        // As after a crash between the archive's commit and the offsets': every record is delivered again (the
        // traps, and what else the nodes received: the NMS heartbeat watch's own events).
        long records = archivedThroughKafka();
        rewindProcessors();
        ConfigurableApplicationContext again = node("c");
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> consumed(again) >= records);
            assertThat(again.getBean(MeterRegistry.class).counter("kexiang.ingest.archive.redelivered").count())
                    .isEqualTo((double) records);
        } finally {
            again.close();
        }
        assertThat(archivedThroughKafka()).isEqualTo(records);
        assertThat(archivedNumbers()).hasSize(sent);
        assertThat(alarms()).containsExactly(ELEMENTS.alarms(), sent);
    }

    @Test
    void whatOneNodeChangesInTheInventoryThePeopleAndTheHubTheOtherSeesAtOnce() {
        try (ConfigurableApplicationContext first = node("d"); ConfigurableApplicationContext second = node("e")) {
            CircuitResolver resolver = second.getBean(CircuitResolver.class);
            PersonDirectory people = second.getBean(PersonDirectory.class);
            assertThat(resolver.networkElement("SIGNAL-NE")).isEmpty();
            assertThat(people.byEmployeeId("signal-am")).as("looked up, and remembered as missing").isEmpty();

            Api admin = Api.at(httpPort(first)).as("admin", ADMIN_PASSWORD);
            assertThat(admin.postCsv("/api/v1/import/network-elements", "name,mgmt_ips,role\nSIGNAL-NE,192.0.2.201,PE\n")
                    .status()).isEqualTo(200);
            assertThat(admin.post("/api/v1/people", """
                    {"employeeId":"signal-am","name":"客户经理","roles":["ACCOUNT_MANAGER"]}""").status())
                    .isEqualTo(201);

            String token = admin.post("/api/v1/api-tokens", "{\"name\":\"signal-oss\"}").json().get("token")
                    .asText();
            Api nms = Api.at(httpPort(first)).withToken(token);
            String listener = nms.post("/tmf-api/alarmManagement/v4/hub",
                    "{\"callback\":\"http://127.0.0.1:9/listener\"}").json().get("id").asText();

            // Well within the people cache's minute, and without a change on the second node itself.
            await().atMost(Duration.ofSeconds(5)).until(() -> resolver.networkElement("192.0.2.201").isPresent());
            await().atMost(Duration.ofSeconds(5)).until(() -> people.byEmployeeId("signal-am").isPresent());
            Api nmsOnTheSecond = Api.at(httpPort(second)).withToken(token);
            await().atMost(Duration.ofSeconds(5)).until(() -> nmsOnTheSecond
                    .get("/tmf-api/alarmManagement/v4/hub/" + listener).status() == 200);
        }
    }

    @Test
    void anInformIsAnsweredOnceKafkaHasItAndItIsArchivedThroughKafka() throws Exception {
        try (ConfigurableApplicationContext node = node("f")) {
            String target = "udp:127.0.0.1:" + port(node);
            // snmpinform exits 0 only when it has the answer.
            Process inform = new ProcessBuilder("snmpinform", "-r", "0", "-t", "10", "-v", "2c", "-c", "public", target,
                    "", "1.3.6.1.6.3.1.1.5.1").redirectErrorStream(true).start();
            assertThat(inform.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(inform.exitValue()).as(new String(inform.getInputStream().readAllBytes())).isZero();
            assertThat(node.getBean(MeterRegistry.class).counter("kexiang.cluster.published").count())
                    .as("answered once Kafka acknowledged it").isPositive();
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                try (Connection database = backbone.database();
                     ResultSet row = database.createStatement().executeQuery("select count(*) from raw_event "
                             + "where pdu_type = 'INFORM' and kafka_topic is not null")) {
                    row.next();
                    return row.getLong(1) == 1;
                }
            });
        }
    }

    private static int httpPort(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }

    private static void importElements(ConfigurableApplicationContext node) {
        assertThat(Api.at(httpPort(node)).as("admin", ADMIN_PASSWORD).postCsv("/api/v1/import/network-elements",
                ELEMENTS.csv()).status()).isEqualTo(200);
    }

    private static int port(ConfigurableApplicationContext node) {
        return node.getBean(TrapPorts.class).udpPort();
    }

    /** The partitions the node's processors hold. */
    private static List<TopicPartition> partitions(ConfigurableApplicationContext node) {
        var processors = node.getBean(ConcurrentMessageListenerContainer.class);
        var assigned = processors.getAssignedPartitions();
        return assigned == null ? List.of() : List.copyOf(assigned);
    }

    private static double consumed(ConfigurableApplicationContext node) {
        return node.getBean(MeterRegistry.class).counter("kexiang.cluster.consumed").count();
    }

    /** Moves the processors' group back to the start of every partition (the group has no member then). */
    private static void rewindProcessors() throws Exception {
        try (Admin admin = backbone.kafkaAdmin()) {
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            for (int partition = 0; partition < 8; partition++) {
                earliest.put(new TopicPartition(TOPIC, partition), OffsetSpec.earliest());
            }
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            admin.listOffsets(earliest).all().get().forEach(
                    (partition, offset) -> offsets.put(partition, new OffsetAndMetadata(offset.offset())));
            admin.alterConsumerGroupOffsets("kexiang-processors", offsets).all().get();
        }
    }

    private static long archivedThroughKafka() throws SQLException {
        try (Connection database = backbone.database();
             ResultSet count = database.createStatement()
                     .executeQuery("select count(*) from raw_event where kafka_topic is not null")) {
            count.next();
            return count.getLong(1);
        }
    }

    private static List<Long> archivedNumbers() throws SQLException {
        try (Connection database = backbone.database()) {
            return LoopbackElements.archivedNumbers(database);
        }
    }

    private static List<String> alarmKinds() throws SQLException {
        List<String> kinds = new ArrayList<>();
        try (Connection database = backbone.database();
             ResultSet rows = database.createStatement().executeQuery("select notification, probable_cause, "
                     + "alarmed_object_type, count(*), sum(occurrence_count) from alarm "
                     + "where network_element like '" + LoopbackElements.PREFIX + "%' group by 1, 2, 3")) {
            while (rows.next()) {
                kinds.add(rows.getString(1) + "/" + rows.getString(2) + "/" + rows.getString(3) + ": "
                        + rows.getLong(4) + " × " + rows.getLong(5));
            }
        }
        return kinds;
    }

    private static long[] alarms() throws SQLException {
        try (Connection database = backbone.database()) {
            return LoopbackElements.interfaceAlarms(database);
        }
    }
}
