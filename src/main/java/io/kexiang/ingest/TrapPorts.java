package io.kexiang.ingest;

/** Where the trap receiver listens, as bound (a configured port 0 becomes a free one). */
public interface TrapPorts {

    /** The UDP port, or -1 when the receiver is not running. */
    int udpPort();
}
