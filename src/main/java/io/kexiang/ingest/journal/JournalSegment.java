package io.kexiang.ingest.journal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32C;

/**
 * One file of the journal, mapped into memory whole: an entry is copied into the mapping, which is the page cache
 * itself, so it survives the process the moment it is copied; forcing it to the disk is the group commit's work.
 *
 * <p>An entry: its length (of what follows the checksum), a CRC-32C of that, the sequence number, the time received
 * in microseconds, the transport (0 UDP, 1 TCP), the sender's host (length and UTF-8) and port (-1: none), then
 * the datagram. A zero length ends the segment; a checksum that does not match is a write the crash cut short.
 */
final class JournalSegment {

    private static final int HEADER = 8;

    final Path file;
    final long firstSeq;
    private final FileChannel channel;
    private final MappedByteBuffer map;
    /** Entries written (or found at start-up) and those archived since, or settled otherwise (dropped, replayed). */
    private final AtomicInteger entries = new AtomicInteger();
    private final AtomicInteger settled = new AtomicInteger();
    private volatile long lastSeq;
    private volatile boolean closed;

    private JournalSegment(Path file, long firstSeq, FileChannel channel, MappedByteBuffer map) {
        this.file = file;
        this.firstSeq = firstSeq;
        this.channel = channel;
        this.map = map;
        this.lastSeq = firstSeq - 1;
    }

    static JournalSegment create(Path directory, long firstSeq, int size) {
        return open(directory.resolve("%020d.journal".formatted(firstSeq)), firstSeq, size);
    }

    static JournalSegment open(Path file, long firstSeq, int size) {
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            return new JournalSegment(file, firstSeq, channel, channel.map(FileChannel.MapMode.READ_WRITE, 0,
                    Math.max(size, channel.size())));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the journal segment " + file, e);
        }
    }

    /** Appends the entry; false when it does not fit (the caller starts the next segment). */
    boolean append(long seq, Instant receivedAt, String transport, String host, Integer port, byte[] raw) {
        byte[] hostBytes = host == null ? new byte[0] : host.getBytes(StandardCharsets.UTF_8);
        int body = 8 + 8 + 1 + 2 + hostBytes.length + 4 + raw.length;
        int at = map.position();
        if (at + HEADER + body + 4 > map.capacity()) {
            return false;
        }
        ByteBuffer entry = map.duplicate().position(at + HEADER);
        entry.putLong(seq);
        entry.putLong(receivedAt.getEpochSecond() * 1_000_000L + receivedAt.getNano() / 1_000);
        entry.put((byte) ("tcp".equals(transport) ? 1 : 0));
        entry.putShort((short) hostBytes.length);
        entry.put(hostBytes);
        entry.putInt(port == null ? -1 : port);
        entry.put(raw);
        CRC32C crc = new CRC32C();
        crc.update(map.duplicate().position(at + HEADER).limit(at + HEADER + body));
        // The length last: an entry is there once its length is, and its checksum says whether it is whole.
        map.putInt(at + 4, (int) crc.getValue());
        map.putInt(at, body);
        map.position(at + HEADER + body);
        lastSeq = seq;
        entries.incrementAndGet();
        return true;
    }

    /** The entries of a segment written before the last stop, up to the first that a crash cut short. */
    List<JournalEntry> read() {
        List<JournalEntry> found = new ArrayList<>();
        ByteBuffer buffer = map.duplicate().position(0);
        while (buffer.remaining() >= HEADER) {
            int at = buffer.position();
            int body = buffer.getInt(at);
            int checksum = buffer.getInt(at + 4);
            if (body <= 0 || at + HEADER + body > buffer.capacity()) {
                break;
            }
            CRC32C crc = new CRC32C();
            crc.update(map.duplicate().position(at + HEADER).limit(at + HEADER + body));
            if ((int) crc.getValue() != checksum) {
                break;
            }
            ByteBuffer entry = map.duplicate().position(at + HEADER).limit(at + HEADER + body);
            long seq = entry.getLong();
            long micros = entry.getLong();
            String transport = entry.get() == 1 ? "tcp" : "udp";
            byte[] host = new byte[entry.getShort()];
            entry.get(host);
            int port = entry.getInt();
            byte[] raw = new byte[entry.remaining()];
            entry.get(raw);
            found.add(new JournalEntry(seq, Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                    Math.floorMod(micros, 1_000_000L) * 1_000L), transport, new String(host, StandardCharsets.UTF_8),
                    port < 0 ? null : port, raw));
            buffer.position(at + HEADER + body);
        }
        map.position(buffer.position());
        entries.set(found.size());
        if (!found.isEmpty()) {
            lastSeq = found.get(found.size() - 1).seq();
        }
        return found;
    }

    void settle(int count) {
        settled.addAndGet(count);
    }

    /** Closed to appends, and every entry archived or settled: the file can go. */
    boolean done() {
        return closed && settled.get() >= entries.get();
    }

    boolean contains(long seq) {
        return seq >= firstSeq && seq <= lastSeq;
    }

    long lastSeq() {
        return lastSeq;
    }

    int bytes() {
        return map.position();
    }

    void close() {
        closed = true;
    }

    void force() {
        map.force();
    }

    void delete() {
        try {
            channel.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the journal segment " + file, e);
        }
    }

    void release() {
        try {
            map.force();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
