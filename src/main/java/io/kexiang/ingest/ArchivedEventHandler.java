package io.kexiang.ingest;

import java.util.List;

/**
 * Takes accepted events as they are archived, in the archive's own transaction: the raw record and what is made of
 * it (an alarm) are stored together or not at all. Events come in the order they were received.
 */
public interface ArchivedEventHandler {

    void handle(List<ArchivedEvent> events);
}
