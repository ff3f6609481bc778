package io.kexiang.ingest.archive;

import io.kexiang.ingest.received.ReceivedEvent;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Where every received event enters the pipeline (the SNMP receiver, the NMS file drop, heartbeats): room is taken
 * in the {@link IngestQueue}, then the event is derived ({@link DerivedColumns}: named from the MIBs, its element
 * found, normalised by the rules) on the caller's thread, so that the archive writers only write, and queued in its
 * element's lane. What cannot be derived here is left to the writer, which archives the event whatever happens.
 *
 * <p>In cluster mode the event is counted here and goes to the {@link ClusterRelay} instead: the processors of
 * whichever node holds its partition derive, archive and handle it.
 */
@Component
public class Ingestion {

    private final IngestQueue queue;
    private final DerivedColumns derivedColumns;
    private final ClusterRelay relay;

    @Autowired
    Ingestion(IngestQueue queue, DerivedColumns derivedColumns, ObjectProvider<ClusterRelay> relay) {
        this(queue, derivedColumns, relay.getIfAvailable());
    }

    Ingestion(IngestQueue queue, DerivedColumns derivedColumns, ClusterRelay relay) {
        this.queue = queue;
        this.derivedColumns = derivedColumns;
        this.relay = relay;
    }

    /** For the receive threads: never waits; a full queue drops the event (before deriving it) and counts it. */
    public void offer(ReceivedEvent event) {
        if (relay != null) {
            relayed(event);
        } else if (queue.reserve(event)) {
            queue.add(derived(event));
        }
    }

    /** For feeds that can wait (a file, a heartbeat): waits for room rather than drop anything. */
    public void put(ReceivedEvent event) throws InterruptedException {
        if (relay != null) {
            relayed(event);
            return;
        }
        queue.reserveWaiting(event);
        queue.add(derived(event));
    }

    /** Cluster mode: counted here, archived by whichever node holds its partition. */
    private void relayed(ReceivedEvent event) {
        queue.count(event);
        relay.relay(event, this::archiveHere);
    }

    /**
     * Cluster mode, Kafka out of reach: the event is archived by this node's writers (without a Kafka position),
     * never waiting (this runs on the producer's thread); a full queue drops and counts it as it would any.
     */
    private void archiveHere(ReceivedEvent event) {
        if (queue.room()) {
            queue.add(derived(event));
        }
    }

    private QueuedEvent derived(ReceivedEvent event) {
        try {
            return new QueuedEvent(event, derivedColumns.of(event));
        } catch (RuntimeException leftToTheWriter) {
            return new QueuedEvent(event, null);
        }
    }
}
