package io.kexiang.ingest;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * What the archive holds of events other modules refer to (an alarm's events): enough to list them beside the
 * alarm without reading the archive's tables.
 */
public interface EventDigests {

    /** An archived event by its id and time (the archive is partitioned by day: both find it at once). */
    record Ref(long id, Instant receivedAt) {
    }

    record Digest(String notification, String sourceAddress, String additionalText) {
    }

    /** The digests of the events found; an event the archive no longer keeps (a dropped partition) is left out. */
    Map<Long, Digest> of(Collection<Ref> refs);
}
