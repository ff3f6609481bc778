package io.kexiang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kexiang.bench.BerTrap;
import io.kexiang.bench.UdpSocketStats;
import io.kexiang.support.PackagedKexiang;
import io.kexiang.support.Response;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as an operator runs it, from an empty folder: what it ships is enough to name, link and ticket
 * a trap; its embedded PostgreSQL is as safe as README promises, through SIGTERM with a backlog, kill -9 and a
 * crash of the database itself.
 */
class PackagedJarIT {

    private static final Map<String, String> NMS_ON_THIS_MACHINE = Map.of("KEXIANG_SNMP_COMMUNITIES", "public",
            "KEXIANG_SNMP_TRUSTED_SOURCES", "127.0.0.1");
    private static final Pattern ERROR_LINE = Pattern.compile("(?m)^\\S+\\s+ERROR\\s");

    @Test
    void theJarStartedInAnEmptyFolderWithTheDemoTurnsTheReadmeTrapIntoALinkedAlarmAndATicket(@TempDir Path folder)
            throws Exception {
        try (PackagedKexiang kexiang = PackagedKexiang.start(folder, NMS_ON_THIS_MACHINE, "--demo",
                "--kexiang.ticket.hold-off=1s")) {
            // As README goes: the demo inventory answers first (it loads, then the resolver rebuilds), then the trap.
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(kexiang.admin()
                    .get("/api/v1/resolve?ne=10.30.1.1&ifIndex=5&dlci=101").body()).contains("TJ-FR-000402"));
            // README's first trap, proxied by the NMS for the frame-relay switch 10.30.1.1.
            Process snmptrap = new ProcessBuilder("snmptrap", "-v", "2c", "-c", "public",
                    "127.0.0.1:" + kexiang.snmpPort(), "", "1.3.6.1.6.3.1.1.5.3", "1.3.6.1.2.1.2.2.1.1.5", "i", "5",
                    "1.3.6.1.2.1.2.2.1.8.5", "i", "2", "1.3.6.1.6.3.18.1.3.0", "a", "10.30.1.1")
                    .redirectErrorStream(true).start();
            assertThat(snmptrap.waitFor()).isZero();

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(kexiang.admin()
                    .get("/api/v1/events?notification=IF-MIB::linkDown").json().get(0).get("decoded").toString())
                    .contains("ifOperStatus.5").contains("down"));
            Response alarms = kexiang.admin().get("/tmf-api/alarmManagement/v4/alarm?networkElement=TJ-HX-FR01");
            assertThat(alarms.json()).hasSize(1);
            assertThat(alarms.json().get(0).get("affectedService").toString()).contains("TJ-FR-000402");
            assertThat(alarms.json().get(0).get("perceivedSeverity").asText()).isNotEqualTo("indeterminate");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(kexiang.admin()
                    .get("/tmf-api/troubleTicket/v4/troubleTicket?customer=TJ-C0004").json()).hasSize(1));
        }
    }

    @Test
    void sigtermAfterABurstArchivesEveryReceivedTrapAndKillNineThenStartKeepsEverything(@TempDir Path folder)
            throws Exception {
        long received;
        long archivedAtSigterm;
        String log;
        try (PackagedKexiang kexiang = PackagedKexiang.start(folder, NMS_ON_THIS_MACHINE)) {
            try (Connection database = kexiang.database(); ResultSet durability = database.createStatement()
                    .executeQuery("select current_setting('fsync'), current_setting('full_page_writes')")) {
                durability.next();
                assertThat(durability.getString(1)).isEqualTo("on");
                assertThat(durability.getString(2)).isEqualTo("on");
            }
            long sent = burst(kexiang.snmpPort(), 100_000, 50_000);
            // What the listen thread took off the socket, once it has emptied it; the kernel drops the rest.
            received = settled(() -> kexiang.metric("kexiang_ingest_datagrams_total"));
            archivedAtSigterm = archived(kexiang);
            long stopStarted = System.nanoTime();
            kexiang.stop(Duration.ofSeconds(90));
            System.out.printf("SIGTERM after %,d traps sent, %,d received, %,d archived: stopped in %d ms%n", sent,
                    received, archivedAtSigterm, (System.nanoTime() - stopStarted) / 1_000_000);
            log = kexiang.log();
        }
        assertThat(archivedAtSigterm).as("a backlog waits when SIGTERM comes").isLessThan(received);
        assertThat(ERROR_LINE.matcher(log).results().map(r -> log.substring(r.start(),
                Math.min(log.length(), r.start() + 300))).toList()).isEmpty();

        PackagedKexiang second = PackagedKexiang.start(folder, NMS_ON_THIS_MACHINE);
        try {
            assertThat(archived(second)).isEqualTo(received);
        } finally {
            // kill -9: its PostgreSQL stays behind, for the next start to find (and, should this fail, to stop).
            second.kill();
        }

        // The default port 0: the orphaned postmaster of the killed JVM must not block the start.
        try (PackagedKexiang third = PackagedKexiang.start(folder, NMS_ON_THIS_MACHINE)) {
            assertThat(archived(third)).isEqualTo(received);
            assertThat(third.log()).contains("left running by an earlier Kexiang");
        }
    }

    @Test
    void aPostmasterKilledUnderTrafficIsStartedAgainAndNothingReceivedIsLost(@TempDir Path folder)
            throws Exception {
        // The first start after the death waits 15 s, so that the test sees the window in which requests are refused.
        try (PackagedKexiang kexiang = PackagedKexiang.start(folder, NMS_ON_THIS_MACHINE,
                "--kexiang.database.embedded.restart-delay=15s")) {
            long before = burst(kexiang.snmpPort(), 2_000, 2_000);
            kexiang.postmaster().destroyForcibly();

            // Requests already waiting for a connection when it died wait out the pool's timeout (10 s).
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(kexiang.anonymous().get("/actuator/health/readiness").status()).isEqualTo(503);
                Response refused = kexiang.admin().get("/api/v1/me");
                assertThat(refused.status()).isEqualTo(503);
                assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
            });
            long during = burst(kexiang.snmpPort(), 2_000, 2_000);

            await().atMost(Duration.ofSeconds(90)).until(() -> kexiang.anonymous()
                    .get("/actuator/health/readiness").status() == 200);
            assertThat(kexiang.admin().get("/api/v1/me").status()).isEqualTo(200);
            long dropped = UdpSocketStats.drops(kexiang.snmpPort());
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(archived(kexiang))
                    .isEqualTo(before + during - dropped));
        }
    }

    /**
     * The datagram journal (issue 18): kill -9 as 10,000 traps a second stop coming (the pipeline still busy with
     * them), start again, and every trap the listen thread took is archived, once. The traps are numbered (in their last varbind): the archive must hold
     * 1 … n without a repeat, and without a gap but those the kernel dropped (a socket buffer overrun, counted), and at
     * least as many as the listen thread had taken off the socket (its counter, read just before the kill; what the
     * socket's buffer still held dies with the socket). Without the journal, what sat in the queues and the open
     * batches is lost: here, thousands of traps.
     */
    @Test
    void killNineUnderTenThousandTrapsASecondLosesNoTrapTheKernelHandedOver(@TempDir Path folder) throws Exception {
        PackagedKexiang first = PackagedKexiang.start(folder, NMS_ON_THIS_MACHINE);
        AtomicLong sent = new AtomicLong();
        AtomicBoolean sending = new AtomicBoolean(true);
        int port = first.snmpPort();
        Thread sender = new Thread(() -> numbered(port, 10_000, sent, sending), "numbered-traps");
        sender.start();
        Thread.sleep(4_000);
        // The kill comes the moment the traffic stops, with the queues and open batches full; the kernel's drop
        // count is final once nothing more is sent (a loopback send is in the socket's buffer, or dropped, when it
        // returns).
        sending.set(false);
        sender.join();
        long sentBeforeKill = sent.get();
        long dropsBeforeKill = UdpSocketStats.drops(port);
        // What the listen thread has taken off the socket: all of it must be archived after the restart.
        long takenBeforeKill = Math.round(first.metric("kexiang_ingest_datagrams_total"));
        first.kill();

        try (PackagedKexiang second = PackagedKexiang.start(folder, NMS_ON_THIS_MACHINE)) {
            settled(() -> archived(second));
            List<Long> numbers = new ArrayList<>();
            try (Connection database = second.database(); ResultSet rows = database.createStatement()
                    .executeQuery("select raw from raw_event")) {
                while (rows.next()) {
                    byte[] raw = rows.getBytes(1);
                    numbers.add(Long.parseLong(new String(raw, raw.length - 16, 16, StandardCharsets.US_ASCII)));
                }
            }
            long highest = numbers.stream().mapToLong(Long::longValue).max().orElse(0);
            System.out.printf("kill -9 after %,d traps sent, %,d taken off the socket (the kernel dropped %,d): %,d "
                    + "archived after the restart, the highest %,d%n", sentBeforeKill, takenBeforeKill,
                    dropsBeforeKill, numbers.size(), highest);
            assertThat(numbers).as("each archived once").doesNotHaveDuplicates();
            assertThat(highest - numbers.size()).as("no gap but what the kernel dropped")
                    .isLessThanOrEqualTo(dropsBeforeKill);
            assertThat((long) numbers.size()).as("everything the listen thread took before the kill")
                    .isGreaterThanOrEqualTo(takenBeforeKill);
            assertThat(second.log()).contains("to be received again");
        }
    }

    /** SNMPv2c linkDowns numbered 1, 2, … at a steady rate until told to stop. */
    private static void numbered(int port, int perSecond, AtomicLong sent, AtomicBoolean sending) {
        InetAddress target = InetAddress.getLoopbackAddress();
        long start = System.nanoTime();
        try (DatagramSocket socket = new DatagramSocket()) {
            for (int i = 1; sending.get(); i++) {
                byte[] trap = BerTrap.encode("public", BerTrap.LINK_DOWN, 1 + i % 1000, i);
                BerTrap.stamp(trap, i);
                socket.send(new DatagramPacket(trap, trap.length, target, port));
                sent.set(i);
                long due = start + (long) i * 1_000_000_000L / perSecond;
                while (System.nanoTime() < due) {
                    Thread.onSpinWait();
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** SNMPv2c linkDowns over 1,000 interfaces at a steady rate; returns how many were sent. */
    private static long burst(int port, int count, int perSecond) throws Exception {
        InetAddress target = InetAddress.getLoopbackAddress();
        List<byte[]> traps = java.util.stream.IntStream.rangeClosed(1, 1000)
                .mapToObj(ifIndex -> BerTrap.encode("public", BerTrap.LINK_DOWN, ifIndex, ifIndex)).toList();
        long start = System.nanoTime();
        try (DatagramSocket socket = new DatagramSocket()) {
            for (int i = 0; i < count; i++) {
                byte[] trap = traps.get(i % traps.size());
                socket.send(new DatagramPacket(trap, trap.length, target, port));
                long due = start + (long) i * 1_000_000_000L / perSecond;
                while (System.nanoTime() < due) {
                    Thread.onSpinWait();
                }
            }
        }
        return count;
    }

    /** A count that has stopped moving for half a second. */
    private static long settled(java.util.concurrent.Callable<Long> count) throws Exception {
        long last = -1;
        long now = count.call();
        while (now != last) {
            Thread.sleep(500);
            last = now;
            now = count.call();
        }
        return now;
    }

    private static long archived(PackagedKexiang kexiang) throws SQLException {
        try (Connection database = kexiang.database();
             ResultSet count = database.createStatement().executeQuery("select count(*) from raw_event")) {
            count.next();
            return count.getLong(1);
        }
    }
}
