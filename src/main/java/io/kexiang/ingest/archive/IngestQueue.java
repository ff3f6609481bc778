package io.kexiang.ingest.archive;

import io.kexiang.ingest.NormalisedEvent;
import io.kexiang.ingest.received.Outcome;
import io.kexiang.ingest.received.ReceivedEvent;
import io.kexiang.shared.IntakeBacklog;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Between the receive threads and the archive writers. Bounded, and never blocking the receiver: when it is full
 * the event is dropped and counted, which is the one loss the receiver can afford (the socket buffer would drop
 * it anyway), and the one that a metric must show.
 *
 * <p>It has a lane per archive writer, and an event goes to the lane of its network element (of its sender when no
 * element is known), so that each writer takes its elements' events in the order they came while the writers work
 * side by side. Everything the alarm intake orders (a fault's events, an element's storm) is within one element.
 * The capacity is shared by the lanes: a storm on one element may fill it all.
 */
@Component
public class IngestQueue implements IntakeBacklog {

    public static final int RECEIVER_PHASE = Integer.MAX_VALUE - 200;
    static final int WRITER_PHASE = RECEIVER_PHASE - 100;

    private final List<BlockingQueue<QueuedEvent>> lanes;
    private final Semaphore room;
    private final MeterRegistry meters;
    private final Refusals refusals;
    private final Counter droppedFull;
    private final Map<String, Counter> received = new ConcurrentHashMap<>();

    IngestQueue(@Value("${kexiang.ingest.queue-capacity:100000}") int capacity,
            @Value("${kexiang.ingest.archive.writers:2}") int lanes, MeterRegistry meters, Refusals refusals) {
        if (lanes < 1) {
            throw new IllegalArgumentException("kexiang.ingest.archive.writers must be at least 1, not " + lanes);
        }
        this.lanes = IntStream.range(0, lanes).<BlockingQueue<QueuedEvent>>mapToObj(
                lane -> new ArrayBlockingQueue<>(capacity)).toList();
        this.room = new Semaphore(capacity);
        this.meters = meters;
        this.refusals = refusals;
        this.droppedFull = meters.counter("kexiang.ingest.dropped", "reason", "queue_full");
        meters.gauge("kexiang.ingest.queue.depth", this, IngestQueue::depth);
        for (int lane = 0; lane < lanes; lane++) {
            meters.gauge("kexiang.ingest.queue.lane.depth", List.of(Tag.of("lane", String.valueOf(lane))),
                    this.lanes.get(lane), BlockingQueue::size);
        }
    }

    /** Counts the event and takes room for it at once; false (and counted as dropped) when the queue is full. */
    boolean reserve(ReceivedEvent event) {
        count(event);
        return room();
    }

    /** Takes room for an event counted already; false (and counted as dropped) when the queue is full. */
    boolean room() {
        if (!room.tryAcquire()) {
            droppedFull.increment();
            return false;
        }
        return true;
    }

    /** Counts the event and waits for room for it. */
    void reserveWaiting(ReceivedEvent event) throws InterruptedException {
        count(event);
        room.acquire();
    }

    /** Into its lane, once room for it is taken (so the lane, as big as the whole capacity, never refuses it). */
    void add(QueuedEvent queued) {
        lane(queued).add(queued);
    }

    private BlockingQueue<QueuedEvent> lane(QueuedEvent queued) {
        if (lanes.size() == 1) {
            return lanes.get(0);
        }
        NormalisedEvent normalised = queued.derived() == null ? null : queued.derived().normalised();
        String element = normalised != null && normalised.networkElement() != null ? normalised.networkElement()
                : queued.event().originAddress();
        return lanes.get(Math.floorMod(element.hashCode(), lanes.size()));
    }

    /** Counts the event (received, refused) without queueing it: cluster mode queues it in Kafka. */
    void count(ReceivedEvent event) {
        // Looked up once per transport and outcome, not built afresh on the receive thread for every datagram.
        received.computeIfAbsent(event.transport() + "/" + event.outcome(), key -> meters.counter(
                "kexiang.ingest.received", "transport", event.transport(), "outcome",
                event.outcome().name().toLowerCase())).increment();
        if (event.outcome() == Outcome.REJECTED || event.outcome() == Outcome.UNDECODABLE) {
            refusals.record(event);
        }
    }

    int lanes() {
        return lanes.size();
    }

    /**
     * Waits up to {@code waitMillis} for a first event of the lane, then gathers more for up to {@code linger}, or
     * until it has {@code max}. A batch costs its writer a dozen statements and a commit whatever its size: taken
     * greedily at a steady rate, batches stay a few events each and those fixed costs fill the writer's time.
     */
    int drain(int lane, List<QueuedEvent> into, int max, long waitMillis, Duration linger)
            throws InterruptedException {
        BlockingQueue<QueuedEvent> queue = lanes.get(lane);
        QueuedEvent first = queue.poll(waitMillis, TimeUnit.MILLISECONDS);
        if (first == null) {
            return 0;
        }
        into.add(first);
        int taken = 1;
        long deadline = System.nanoTime() + linger.toNanos();
        while (true) {
            taken += queue.drainTo(into, max - taken);
            long left = deadline - System.nanoTime();
            if (taken >= max || left <= 0) {
                break;
            }
            QueuedEvent next = queue.poll(left, TimeUnit.NANOSECONDS);
            if (next == null) {
                break;
            }
            into.add(next);
            taken++;
        }
        room.release(taken);
        return taken;
    }

    int depth(int lane) {
        return lanes.get(lane).size();
    }

    int depth() {
        return lanes.stream().mapToInt(BlockingQueue::size).sum();
    }

    @Override
    public long waiting() {
        return depth();
    }
}
