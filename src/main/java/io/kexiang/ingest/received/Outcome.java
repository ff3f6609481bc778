package io.kexiang.ingest.received;

/** What became of a received datagram or record. */
public enum Outcome {
    /** Decoded and passed on. */
    ACCEPTED,
    /** Well-formed but refused: unknown community, unknown source, not a notification. */
    REJECTED,
    /** Not a PDU that could be decoded: truncated or malformed BER, wrong lengths, garbage. */
    UNDECODABLE,
    /**
     * An SNMPv3 sender learning our engine ID, boots and time (RFC 3414 4), answered with a report: the first
     * step of every v3 INFORM, not a refusal. Archived and counted apart.
     */
    DISCOVERY
}
