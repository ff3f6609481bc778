package io.kexiang.ingest.archive;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
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
 * <p>Several writers (two by default) overlap: while one batch is with the handlers, the next one's raw rows are
 * written; {@link BatchOrder} keeps the handlers to queue order.
 */
@Component
class ArchiveWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ArchiveWriter.class);
    private static final int BATCH = 1000;

    private final IngestQueue queue;
    private final ArchiveBatch archive;
    private final MeterRegistry meters;
    private final Timer batchTimer;
    private final int writers;
    private final BatchOrder order = new BatchOrder();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    ArchiveWriter(IngestQueue queue, ArchiveBatch archive, MeterRegistry meters,
            @Value("${kexiang.ingest.archive.writers:2}") int writers) {
        if (writers < 1) {
            throw new IllegalArgumentException("kexiang.ingest.archive.writers must be at least 1, not " + writers);
        }
        this.queue = queue;
        this.archive = archive;
        this.meters = meters;
        this.writers = writers;
        this.batchTimer = Timer.builder("kexiang.ingest.archive.batch").publishPercentiles(0.5, 0.99)
                .register(meters);
    }

    @Override
    public synchronized void start() {
        running = true;
        for (int i = 1; i <= writers; i++) {
            Thread thread = new Thread(this::run, "archive-writer-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        long deadline = System.nanoTime() + 10_000_000_000L;
        try {
            for (Thread thread : threads) {
                thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
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

    private void run() {
        List<QueuedEvent> batch = new ArrayList<>(BATCH);
        long number = -1;
        while (running || queue.depth() > 0) {
            try {
                if (batch.isEmpty() && (number = order.drain(queue, batch, BATCH, 100)) < 0) {
                    continue;
                }
                write(batch, number);
                order.completed(number);
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

    private void write(List<QueuedEvent> batch, long number) {
        batchTimer.record(() -> archive.store(batch, () -> order.awaitTurn(number)));
        meters.counter("kexiang.ingest.archived").increment(batch.size());
        for (QueuedEvent queued : batch) {
            if (queued.event().acknowledgement() != null) {
                queued.event().acknowledgement().run();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
