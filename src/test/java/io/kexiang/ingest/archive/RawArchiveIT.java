package io.kexiang.ingest.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.kexiang.ingest.received.Outcome;
import io.kexiang.ingest.received.ReceivedEvent;
import io.kexiang.support.ApplicationIT;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The raw archive is written with COPY's text format, which has its own escaping: what a datagram carried must come
 * back byte for byte, and the text Kexiang derived from it character for character.
 */
class RawArchiveIT extends ApplicationIT {

    @Autowired
    Ingestion queue;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;

    @Test
    void everyByteAndAwkwardCharacterComesBackAsItWasReceived() throws InterruptedException {
        byte[] raw = new byte[256];
        for (int i = 0; i < raw.length; i++) {
            raw[i] = (byte) i;
        }
        String reason = "tab\there, line\nbreak, return\r, back\\slash \\N \\x41 中文 ✓ " + unique("r");
        Instant receivedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        queue.put(ReceivedEvent.unprocessed(receivedAt, "udp", "fe80::1%eth0", 162, null, raw, Outcome.UNDECODABLE,
                reason, 0));

        await().atMost(Duration.ofSeconds(10)).until(() -> !rows(reason).isEmpty());
        Map<String, Object> row = rows(reason).get(0);
        assertThat((byte[]) row.get("raw")).isEqualTo(raw);
        assertThat(row.get("source_address")).isEqualTo("fe80::1%eth0");
        assertThat(row.get("source_port")).isEqualTo(162);
        assertThat(row.get("snmp_version")).isNull();
        assertThat(row.get("outcome")).isEqualTo("UNDECODABLE");
        assertThat(((java.sql.Timestamp) row.get("received_at")).toInstant()).isEqualTo(receivedAt);
        assertThat(row.get("decoded").toString()).contains("\"varbinds\"");
    }

    @Test
    void anEventWhoseRowPostgresqlRefusesIsKeptAsItsBytesAndTheEventsBehindItGoOn() throws InterruptedException {
        double bytesOnlyBefore = meters.counter("kexiang.ingest.archive.bytes_only").count();
        byte[] refused = unique("refused").getBytes(StandardCharsets.US_ASCII);
        // reason is varchar(160): this row cannot go in as it is.
        queue.put(ReceivedEvent.unprocessed(Instant.now(), "udp", "192.0.2.77", 162, null, refused, Outcome.UNDECODABLE,
                "x".repeat(500), 0));
        String after = "after the refused one " + unique("r");
        queue.put(ReceivedEvent.unprocessed(Instant.now(), "udp", "192.0.2.77", 162, null, new byte[] {1},
                Outcome.UNDECODABLE, after, 0));

        await().atMost(Duration.ofSeconds(10)).until(() -> !rows(after).isEmpty());
        List<Map<String, Object>> kept = jdbc.queryForList(
                "select reason, source_address from raw_event where raw = ?", (Object) refused);
        assertThat(kept).hasSize(1);
        assertThat((String) kept.get(0).get("reason")).startsWith("not archived as decoded: ")
                .contains("too long");
        assertThat(kept.get(0).get("source_address")).isEqualTo("192.0.2.77");
        assertThat(meters.counter("kexiang.ingest.archive.bytes_only").count()).isEqualTo(bytesOnlyBefore + 1);
    }

    private List<Map<String, Object>> rows(String reason) {
        return jdbc.queryForList("select raw, source_address, source_port, snmp_version, outcome, received_at, "
                + "decoded::text as decoded from raw_event where reason = ?", reason);
    }
}
