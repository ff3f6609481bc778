package io.kexiang.ingest.archive;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
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
        CopyBuffer data = binary(rows);
        jdbc.execute((ConnectionCallback<Long>) connection -> {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY);
            try {
                copy.writeToCopy(data.bytes, 0, data.length);
                return copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        });
    }

    /**
     * COPY's binary format: a signature, then each row as a field count and each field as its length and bytes. Into
     * one array by hand: a DataOutputStream over a ByteArrayOutputStream took a lock per byte of every length and
     * copied the batch twice more (growing, then toByteArray); a raw row is the biggest write per trap.
     */
    static CopyBuffer binary(List<Object[]> rows) {
        CopyBuffer out = new CopyBuffer(rows.size() * 1536 + 32);
        out.put(SIGNATURE);
        out.putInt(0); // flags
        out.putInt(0); // header extension length
        for (Object[] row : rows) {
            out.putShort(row.length);
            for (Object value : row) {
                field(out, value);
            }
        }
        out.putShort(-1);
        return out;
    }

    private static void field(CopyBuffer out, Object value) {
        if (value == null) {
            out.putInt(-1);
        } else if (value instanceof Long number) {
            out.putInt(8);
            out.putLong(number);
        } else if (value instanceof Integer number) {
            out.putInt(4);
            out.putInt(number);
        } else if (value instanceof Instant instant) {
            out.putInt(8);
            out.putLong((instant.getEpochSecond() - POSTGRES_EPOCH_SECONDS) * 1_000_000L + instant.getNano() / 1_000);
        } else if (value instanceof byte[] raw) {
            out.putInt(raw.length);
            out.put(raw);
        } else if (value instanceof String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            out.putInt(utf8.length);
            out.put(utf8);
        } else {
            throw new IllegalArgumentException("no COPY form for " + value.getClass().getName());
        }
    }

    /** A growing array written big-endian, as COPY's binary format is. */
    static final class CopyBuffer {

        private byte[] bytes;
        private int length;

        CopyBuffer(int capacity) {
            bytes = new byte[capacity];
        }

        private void room(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }

        void put(byte[] data) {
            room(data.length);
            System.arraycopy(data, 0, bytes, length, data.length);
            length += data.length;
        }

        void putShort(int value) {
            room(2);
            bytes[length++] = (byte) (value >>> 8);
            bytes[length++] = (byte) value;
        }

        void putInt(int value) {
            room(4);
            for (int shift = 24; shift >= 0; shift -= 8) {
                bytes[length++] = (byte) (value >>> shift);
            }
        }

        void putLong(long value) {
            room(8);
            for (int shift = 56; shift >= 0; shift -= 8) {
                bytes[length++] = (byte) (value >>> shift);
            }
        }
    }
}
