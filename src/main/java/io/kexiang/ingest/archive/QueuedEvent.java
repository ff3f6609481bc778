package io.kexiang.ingest.archive;
import io.kexiang.ingest.received.ReceivedEvent;

/**
 * An event waiting for the archive writer, with its derived columns when the thread that queued it could work them
 * out (null: the writer does). Naming and normalising on the receive side lets that work run while the writer waits
 * on PostgreSQL.
 *
 * @param position where the event sits in Kafka (cluster mode); null when it came straight from a receiver here
 */
record QueuedEvent(ReceivedEvent event, DerivedColumns.Derived derived, KafkaPosition position) {

    QueuedEvent(ReceivedEvent event, DerivedColumns.Derived derived) {
        this(event, derived, null);
    }
}
