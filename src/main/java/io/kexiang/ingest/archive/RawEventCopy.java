package io.kexiang.ingest.archive;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes raw_event rows with {@code COPY … FROM STDIN (FORMAT binary)} in the caller's transaction. The raw archive
 * takes every datagram, so it is the biggest write per trap: COPY spares PostgreSQL the parsing and binding of a
 * multi-row insert with a dozen and a half parameters a row, and the binary form spares both sides escaping and the
 * hex form of the datagram's bytes.
 */
final class RawEventCopy {

    static final String COLUMNS = "id, received_at, transport, source_address, source_port, snmp_version, "
            + "pdu_type, outcome, reason, trap_oid, raw, journal_seq, kafka_topic, kafka_partition, kafka_offset, "
            + DerivedColumns.NAMES;
    private static final String COPY = "copy raw_event (" + COLUMNS + ") from stdin (format binary)";
    private static final byte[] SIGNATURE = "PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1);
    /** timestamptz counts microseconds from 2000-01-01T00:00:00Z. */
    private static final long POSTGRES_EPOCH_SECONDS = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();

    private RawEventCopy() {
    }

    /**
     * Each row holds the values of {@link #COLUMNS} in order: a {@code Long} id, an {@link Instant}, an
     * {@code Integer} port, the datagram's bytes, and strings (json columns as their text) or nulls.
     */
    static void copy(JdbcTemplate jdbc, List<Object[]> rows) {
        byte[] data = binary(rows);
        jdbc.execute((ConnectionCallback<Long>) connection -> {
            try {
                return connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn(COPY, new ByteArrayInputStream(data));
            } catch (IOException e) {
                throw new DataAccessResourceFailureException("COPY into raw_event failed", e);
            }
        });
    }

    /** COPY's binary format: a signature, then each row as a field count and each field as its length and bytes. */
    static byte[] binary(List<Object[]> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(rows.size() * 1024 + 32);
        DataOutputStream out = new DataOutputStream(bytes);
        try {
            out.write(SIGNATURE);
            out.writeInt(0); // flags
            out.writeInt(0); // header extension length
            for (Object[] row : rows) {
                out.writeShort(row.length);
                for (Object value : row) {
                    field(out, value);
                }
            }
            out.writeShort(-1);
        } catch (IOException inMemory) {
            throw new UncheckedIOException(inMemory);
        }
        return bytes.toByteArray();
    }

    private static void field(DataOutputStream out, Object value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
        } else if (value instanceof Long number) {
            out.writeInt(8);
            out.writeLong(number);
        } else if (value instanceof Integer number) {
            out.writeInt(4);
            out.writeInt(number);
        } else if (value instanceof Instant instant) {
            out.writeInt(8);
            out.writeLong((instant.getEpochSecond() - POSTGRES_EPOCH_SECONDS) * 1_000_000L
                    + instant.getNano() / 1_000);
        } else if (value instanceof byte[] raw) {
            out.writeInt(raw.length);
            out.write(raw);
        } else if (value instanceof String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            out.writeInt(utf8.length);
            out.write(utf8);
        } else {
            throw new IllegalArgumentException("no COPY form for " + value.getClass().getName());
        }
    }
}
