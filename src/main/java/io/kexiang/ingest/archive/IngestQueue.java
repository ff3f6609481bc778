package io.kexiang.ingest.archive;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Between the receive threads and the archive writer. Bounded, and never blocking the receiver: when it is full
 * the event is dropped and counted, which is the one loss the receiver can afford (the socket buffer would drop
 * it anyway), and the one that a metric must show.
 */
@Component
public class IngestQueue {

    public static final int RECEIVER_PHASE = Integer.MAX_VALUE - 200;
    static final int WRITER_PHASE = RECEIVER_PHASE - 100;

    private final BlockingQueue<QueuedEvent> queue;
    private final DerivedColumns derivedColumns;
    private final MeterRegistry meters;
    private final Refusals refusals;
    private final Counter droppedFull;
    private final Map<String, Counter> received = new ConcurrentHashMap<>();

    IngestQueue(@Value("${kexiang.ingest.queue-capacity:100000}") int capacity, DerivedColumns derivedColumns,
            MeterRegistry meters, Refusals refusals) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.derivedColumns = derivedColumns;
        this.meters = meters;
        this.refusals = refusals;
        this.droppedFull = meters.counter("kexiang.ingest.dropped", "reason", "queue_full");
        meters.gauge("kexiang.ingest.queue.depth", queue, BlockingQueue::size);
    }

    /** For the receive threads: never waits; a full queue drops the event and counts it. */
    public void offer(ReceivedEvent event) {
        count(event);
        if (!queue.offer(prepared(event))) {
            droppedFull.increment();
        }
    }

    /** For feeds that can wait (a file, a REST call): waits for room rather than drop anything. */
    public void put(ReceivedEvent event) throws InterruptedException {
        count(event);
        queue.put(prepared(event));
    }

    /**
     * Names and normalises the event on the caller's thread, so that the archive writer only writes. What cannot be
     * worked out here is left to the writer, which archives the event whatever happens.
     */
    private QueuedEvent prepared(ReceivedEvent event) {
        try {
            return new QueuedEvent(event, derivedColumns.of(event));
        } catch (RuntimeException leftToTheWriter) {
            return new QueuedEvent(event, null);
        }
    }

    private void count(ReceivedEvent event) {
        // Looked up once per transport and outcome, not built afresh on the receive thread for every datagram.
        received.computeIfAbsent(event.transport() + "/" + event.outcome(), key -> meters.counter(
                "kexiang.ingest.received", "transport", event.transport(), "outcome",
                event.outcome().name().toLowerCase())).increment();
        if (event.outcome() != Outcome.ACCEPTED) {
            refusals.record(event);
        }
    }

    /** Waits up to {@code wait} for a first event, then takes what is there, up to {@code max}. */
    int drain(List<QueuedEvent> into, int max, long waitMillis) throws InterruptedException {
        QueuedEvent first = queue.poll(waitMillis, TimeUnit.MILLISECONDS);
        if (first == null) {
            return 0;
        }
        into.add(first);
        return 1 + queue.drainTo(into, max - 1);
    }

    int depth() {
        return queue.size();
    }
}
