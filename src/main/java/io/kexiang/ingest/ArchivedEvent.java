package io.kexiang.ingest;

/** A normalised event and the id of its raw record in the archive, which stays its reference from then on. */
public record ArchivedEvent(long rawEventId, NormalisedEvent event) {
}
