package io.kexiang.ingest.journal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The trap port's write-ahead journal. A datagram has no acknowledgement: whatever sits in Kexiang's queues when the
 * process dies would be gone. So the listen thread appends each datagram here (a copy into a memory-mapped file,
 * which the page cache keeps whatever becomes of the process) before it queues it; a thread forces the files to the
 * disk every few milliseconds (the group commit); the archive numbers each row with the datagram's sequence number,
 * and reports it back once committed. At start-up, what the journal holds that the archive does not is handed to
 * the receiver again ({@link #unarchived}); a segment goes once everything in it is archived.
 */
@Component
@EnableConfigurationProperties(JournalSettings.class)
public class DatagramJournal {

    private static final Logger log = LoggerFactory.getLogger(DatagramJournal.class);

    private final JournalSettings settings;
    private final ConcurrentSkipListMap<Long, JournalSegment> segments = new ConcurrentSkipListMap<>();
    private final List<JournalEntry> unarchived = new ArrayList<>();
    private final Counter appended;
    private final Counter unjournaled;
    private final Timer syncs;
    private final Thread syncer;
    private FileChannel lockFile;
    private FileLock lock;
    private JournalSegment active;
    private long nextSeq;
    private volatile boolean open;

    /** @param clustered in cluster mode Kafka is the journal: a received datagram is kept once Kafka has it */
    DatagramJournal(JournalSettings settings, Clock clock, MeterRegistry meters,
            @Value("${kexiang.cluster.kafka.enabled:false}") boolean clustered) {
        this.settings = settings;
        this.appended = meters.counter("kexiang.ingest.journal.appended");
        this.unjournaled = meters.counter("kexiang.ingest.journal.unjournaled");
        this.syncs = Timer.builder("kexiang.ingest.journal.sync").publishPercentiles(0.5, 0.99).register(meters);
        meters.gauge("kexiang.ingest.journal.bytes", segments,
                all -> all.values().stream().mapToLong(JournalSegment::bytes).sum());
        meters.gauge("kexiang.ingest.journal.segments", segments, Map::size);
        this.syncer = new Thread(this::syncLoop, "journal-sync");
        this.syncer.setDaemon(true);
        if (settings.enabled() && clustered) {
            log.info("The datagram journal is off in cluster mode: Kafka keeps what the trap port takes");
        } else if (settings.enabled()) {
            open(clock.instant());
        }
    }

    private void open(Instant now) {
        try {
            Files.createDirectories(settings.directory());
            lockFile = FileChannel.open(settings.directory().resolve("lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            lock = lockFile.tryLock();
            if (lock == null) {
                throw new IllegalStateException("The journal " + settings.directory().toAbsolutePath()
                        + " is in use by another Kexiang: give each its own kexiang.ingest.journal.directory");
            }
            long last = 0;
            List<JournalSegment> earlier = new ArrayList<>();
            try (Stream<Path> files = Files.list(settings.directory())) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".journal")).sorted()
                        .toList()) {
                    long first = Long.parseLong(file.getFileName().toString().replace(".journal", ""));
                    JournalSegment segment = JournalSegment.open(file, first, segmentBytes());
                    earlier.add(segment);
                    segments.put(first, segment);
                }
            }
            for (JournalSegment segment : earlier) {
                // Read before the sync thread starts: until then a segment does not know what it holds.
                unarchived.addAll(segment.read());
                segment.close();
                last = Math.max(last, segment.lastSeq());
            }
            // Numbers go on from the last written, and never below the clock's microseconds: a journal deleted by
            // hand cannot make a number the archive has seen already come again.
            nextSeq = Math.max(last + 1, ChronoUnit.MICROS.between(Instant.EPOCH, now));
            active = JournalSegment.create(settings.directory(), nextSeq, segmentBytes());
            segments.put(nextSeq, active);
            open = true;
            syncer.start();
            log.info("Datagram journal in {} ({} segments from before, the next number {})",
                    settings.directory().toAbsolutePath(), earlier.size(), nextSeq);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the datagram journal in " + settings.directory(), e);
        }
    }

    private int segmentBytes() {
        return (int) Math.min(Integer.MAX_VALUE - 64, settings.segmentSize().toBytes());
    }

    /**
     * What the segments written before this start hold, in order, once: every entry was read at the start (a
     * checksum that fails ends a segment: the write a crash cut short), for the receiver to pass on those the
     * archive lacks and settle the rest.
     */
    public synchronized List<JournalEntry> unarchived() {
        List<JournalEntry> entries = List.copyOf(unarchived);
        unarchived.clear();
        return entries;
    }

    /**
     * Journals a datagram on the listen thread (a copy into memory; it never waits on the disk).
     *
     * @return its sequence number, or 0 when it could not be journaled (the journal is off, or full because the
     *         archive is far behind: counted, and the datagram goes on unprotected)
     */
    public synchronized long append(Instant receivedAt, String transport, String host, Integer port, byte[] raw) {
        if (!open) {
            return 0;
        }
        long seq = nextSeq;
        if (!active.append(seq, receivedAt, transport, host, port, raw)) {
            if (!roll()) {
                unjournaled.increment();
                return 0;
            }
            if (!active.append(seq, receivedAt, transport, host, port, raw)) {
                unjournaled.increment();
                return 0;
            }
        }
        nextSeq++;
        appended.increment();
        return seq;
    }

    /** A new segment, unless the journal would outgrow its bound. */
    private boolean roll() {
        long used = (long) segments.size() * segmentBytes();
        if (used + segmentBytes() > settings.maxSize().toBytes()) {
            return false;
        }
        active.close();
        active = JournalSegment.create(settings.directory(), nextSeq, segmentBytes());
        segments.put(nextSeq, active);
        return true;
    }

    /** These datagrams are archived (committed), or otherwise will never be (dropped, counted): done with. */
    public void settled(Collection<Long> seqs) {
        for (long seq : seqs) {
            if (seq <= 0) {
                continue;
            }
            Map.Entry<Long, JournalSegment> holder = segments.floorEntry(seq);
            if (holder != null && holder.getValue().contains(seq)) {
                holder.getValue().settle(1);
            }
        }
    }

    public void settled(long seq) {
        settled(List.of(seq));
    }

    /** The group commit: forces what was written to the disk, and drops segments that are done with. */
    private void syncLoop() {
        while (open) {
            try {
                Thread.sleep(Math.max(1, settings.syncInterval().toMillis()));
                JournalSegment current = active;
                syncs.record(current::force);
                for (JournalSegment segment : segments.values()) {
                    if (segment != current && segment.done()) {
                        segments.remove(segment.firstSeq);
                        segment.delete();
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("Forcing the datagram journal to the disk failed", e);
            }
        }
    }

    @PreDestroy
    synchronized void close() {
        if (!open) {
            return;
        }
        open = false;
        syncer.interrupt();
        try {
            syncer.join(5_000);
            segments.values().forEach(JournalSegment::release);
            lock.release();
            lockFile.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            log.warn("Closing the datagram journal: {}", e.getMessage());
        }
    }
}
