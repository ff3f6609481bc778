package io.kexiang.ingest.archive;

import io.kexiang.ingest.received.ReceivedEvent;

/**
 * Where received events go instead of this node's archive writers in cluster mode: a log that every node's
 * processors read ({@code ingest.cluster}). Never waits long; runs the event's acknowledgement (answers an INFORM)
 * once the log has it.
 */
public interface ClusterRelay {

    void relay(ReceivedEvent event);
}
