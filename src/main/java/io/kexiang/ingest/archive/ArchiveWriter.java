package io.kexiang.ingest.archive;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Drains the ingest queue in batches and stores each batch in the raw archive (with what the handlers make of it)
 * in one transaction. INFORMs are answered only after that write returns. A failed write is
 * retried, not dropped: the queue in front absorbs the wait, and counts what it cannot hold.
 *
 * <p>Several writers (two by default, {@code kexiang.ingest.archive.writers}) work side by side, each on its own
 * lane of the queue: the events of one network element all go to one lane, in the order they came.
 */
@Component
class ArchiveWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ArchiveWriter.class);
    private static final int BATCH = 1000;

    private final IngestQueue queue;
    private final ArchiveBatch archive;
    private final MeterRegistry meters;
    private final Timer batchTimer;
    private final DistributionSummary batchSize;
    private final List<Thread> threads = new ArrayList<>();
    private final Duration linger;
    /** How long a stop waits for the writers to empty the queue (the receivers have stopped taking by then). */
    private final Duration drainTimeout;
    private volatile boolean running;

    ArchiveWriter(IngestQueue queue, ArchiveBatch archive, MeterRegistry meters,
            @Value("${kexiang.ingest.archive.linger:20ms}") Duration linger,
            @Value("${kexiang.ingest.archive.drain-timeout:60s}") Duration drainTimeout) {
        this.queue = queue;
        this.archive = archive;
        this.meters = meters;
        this.linger = linger;
        this.drainTimeout = drainTimeout;
        this.batchTimer = Timer.builder("kexiang.ingest.archive.batch").publishPercentiles(0.5, 0.99)
                .register(meters);
        // Events per batch: a few at a time means the writers spend their time on per-batch costs (see linger).
        this.batchSize = DistributionSummary.builder("kexiang.ingest.archive.batch.size")
                .publishPercentiles(0.5, 0.99).register(meters);
    }

    @Override
    public synchronized void start() {
        running = true;
        for (int lane = 0; lane < queue.lanes(); lane++) {
            int own = lane;
            Thread thread = new Thread(() -> run(own), "archive-writer-" + lane);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        long deadline = System.nanoTime() + drainTimeout.toNanos();
        try {
            for (Thread thread : threads) {
                thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
            int left = queue.depth();
            if (left > 0) {
                log.warn("Stopped with {} events not archived: the queue did not drain within {}", left, drainTimeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return IngestQueue.WRITER_PHASE;
    }

    private void run(int lane) {
        List<QueuedEvent> batch = new ArrayList<>(BATCH);
        while (running || queue.depth(lane) > 0 || !batch.isEmpty()) {
            try {
                if (batch.isEmpty() && queue.drain(lane, batch, BATCH, 100, linger) == 0) {
                    continue;
                }
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (DatabaseUnreachable.is(e)) {
                    log.warn("The database cannot be reached ({}); {} events wait, and are written when it is back",
                            e.getMessage(), batch.size());
                } else {
                    log.error("Writing {} events to the archive failed; retrying", batch.size(), e);
                }
                pause();
            }
        }
    }

    /** Stores the batch; what the database could not take yet stays in it for the next try. */
    private void write(List<QueuedEvent> batch) {
        batchSize.record(batch.size());
        batchTimer.record(() -> archive.store(batch));
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
