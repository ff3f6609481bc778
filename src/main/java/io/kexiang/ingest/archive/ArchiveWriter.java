package io.kexiang.ingest.archive;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Drains the ingest queue in batches, names each event with the MIBs, finds its network element, and writes the
 * batch to the raw archive in one round trip. INFORMs are answered only after that write returns. A failed write is
 * retried, not dropped: the queue in front absorbs the wait, and counts what it cannot hold.
 */
@Component
class ArchiveWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ArchiveWriter.class);
    private static final int BATCH = 1000;
    private static final String INSERT = "insert into raw_event (received_at, transport, source_address, "
            + "source_port, snmp_version, pdu_type, outcome, reason, trap_oid, raw, " + DerivedColumns.NAMES
            + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, " + DerivedColumns.PLACEHOLDERS + ")";

    private final IngestQueue queue;
    private final DerivedColumns derived;
    private final JdbcTemplate jdbc;
    private final MeterRegistry meters;
    private final Timer batchTimer;
    private volatile boolean running;
    private Thread thread;

    ArchiveWriter(IngestQueue queue, DerivedColumns derived, JdbcTemplate jdbc, MeterRegistry meters) {
        this.queue = queue;
        this.derived = derived;
        this.jdbc = jdbc;
        this.meters = meters;
        this.batchTimer = Timer.builder("kexiang.ingest.archive.batch").publishPercentiles(0.5, 0.99)
                .register(meters);
    }

    @Override
    public synchronized void start() {
        running = true;
        thread = new Thread(this::run, "archive-writer");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return IngestQueue.WRITER_PHASE;
    }

    private void run() {
        List<ReceivedEvent> batch = new ArrayList<>(BATCH);
        while (running || queue.depth() > 0) {
            try {
                if (batch.isEmpty() && queue.drain(batch, BATCH, 100) == 0) {
                    continue;
                }
                write(batch);
                batch.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("Writing {} events to the archive failed; retrying", batch.size(), e);
                pause();
            }
        }
    }

    private void write(List<ReceivedEvent> batch) {
        List<Object[]> rows = new ArrayList<>(batch.size());
        for (ReceivedEvent event : batch) {
            rows.add(row(event));
        }
        batchTimer.record(() -> jdbc.batchUpdate(INSERT, rows));
        meters.counter("kexiang.ingest.archived").increment(batch.size());
        for (ReceivedEvent event : batch) {
            if (event.acknowledgement() != null) {
                event.acknowledgement().run();
            }
        }
    }

    private Object[] row(ReceivedEvent event) {
        Object[] received = {Timestamp.from(event.receivedAt()), event.transport(), event.sourceAddress(),
                event.sourcePort(), event.snmpVersion(), event.pduType(), event.outcome().name(), event.reason(),
                event.trapOid(), event.raw()};
        Object[] names = derived.of(event);
        Object[] row = Arrays.copyOf(received, received.length + names.length);
        System.arraycopy(names, 0, row, received.length, names.length);
        return row;
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
