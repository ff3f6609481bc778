package io.kexiang.ingest;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the ingest health page shows beside the meters: refusals by source and reason since start-up, and the
 * newest raw events with what each decoded to (as {@code /api/v1/ingest/refusals} and {@code /api/v1/events}).
 */
public interface IngestWatch {

    /** source, outcome, reason, count, last: most frequent first. */
    List<Map<String, Object>> refusals();

    /**
     * The newest events of the archive, newest first: receivedAt, transport, sourceAddress, outcome, reason,
     * notification, networkElement, and the normalised event's severity and problem when there is one.
     */
    List<Map<String, Object>> latest(int limit);

    /**
     * One archived event in full: its envelope (receivedAt, transport, sourceAddress, sourcePort, snmpVersion,
     * pduType, outcome, reason, notification, networkElement), its {@code varbinds} decoded (oid, name, module, type,
     * value), the {@code normalised} event when there is one, and {@code rawHex}: the bytes as received, with an
     * SNMPv1/v2c community masked unless {@code administrator}.
     */
    Optional<Map<String, Object>> event(long id, boolean administrator);
}
