package io.kexiang.ingest.archive;

import io.kexiang.ingest.received.ReceivedEvent;
import java.util.function.Consumer;

/**
 * Where received events go instead of this node's archive writers in cluster mode: a log that every node's
 * processors read ({@code ingest.cluster}). Never waits long; runs the event's acknowledgement (answers an INFORM)
 * once the log has it.
 */
public interface ClusterRelay {

    /**
     * @param undeliverable where the event goes when the log cannot take it (its brokers out of reach for longer
     *                      than the producer retries): this node's own archive, so that nothing received is lost
     */
    void relay(ReceivedEvent event, Consumer<ReceivedEvent> undeliverable);
}
