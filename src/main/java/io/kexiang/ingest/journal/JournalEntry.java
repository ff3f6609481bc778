package io.kexiang.ingest.journal;

import java.time.Instant;

/**
 * A datagram as the journal keeps it: what the listen thread took, and when.
 *
 * @param seq its number in the journal, increasing; the archive row keeps it
 * @param transport {@code udp} or {@code tcp}
 */
public record JournalEntry(long seq, Instant receivedAt, String transport, String host, Integer port, byte[] raw) {
}
