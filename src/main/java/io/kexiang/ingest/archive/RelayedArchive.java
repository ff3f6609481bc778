package io.kexiang.ingest.archive;

import io.kexiang.ingest.received.ReceivedEvent;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The archive for events that came through Kafka (cluster mode): what the archive writers do for this node's own
 * receivers, for a processor's batch of records. Derived and stored in one transaction with what the handlers make
 * of them (the alarms), each with its record's position, so that a record delivered again is found and skipped
 * ({@link Redeliveries}).
 */
@Component
public class RelayedArchive {

    /** An event and where Kafka holds it. */
    public record Relayed(ReceivedEvent event, KafkaPosition position) {
    }

    private final ArchiveBatch archive;
    private final DerivedColumns derivedColumns;

    RelayedArchive(ArchiveBatch archive, DerivedColumns derivedColumns) {
        this.archive = archive;
        this.derivedColumns = derivedColumns;
    }

    /**
     * Returns once every event is archived (or was already).
     *
     * @throws RuntimeException when the database cannot be reached: the caller delivers the batch again, and what of
     *                          it was committed before is skipped then
     */
    public void store(List<Relayed> events) {
        List<QueuedEvent> pending = new ArrayList<>(events.size());
        for (Relayed relayed : events) {
            pending.add(new QueuedEvent(relayed.event(), derived(relayed.event()), relayed.position()));
        }
        archive.store(pending);
    }

    private DerivedColumns.Derived derived(ReceivedEvent event) {
        try {
            return derivedColumns.of(event);
        } catch (RuntimeException leftToTheBatch) {
            return null;
        }
    }
}
