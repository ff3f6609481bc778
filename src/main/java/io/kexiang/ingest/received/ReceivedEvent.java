package io.kexiang.ingest.received;

import java.time.Instant;
import java.util.List;

/**
 * One datagram or feed record as it arrived, before naming and linking.
 *
 * @param trapOid the notification OID, SNMPv1 traps already converted as RFC 3584 says; {@code MODULE::name} for
 *                an NMS feed (no MIB names it); null when undecodable
 * @param agentAddress the original sender: snmpTrapAddress of a proxied trap, or an SNMPv1 agent-addr; for an NMS
 *                     feed, the network element as the NMS names it
 * @param acknowledgement run once the event is durably stored (answers an INFORM); null when nothing waits
 * @param journalSeq the datagram's number in the trap port's journal; 0 when it is not journaled (a feed record, the
 *                   journal off or full)
 */
public record ReceivedEvent(Instant receivedAt, String transport, String sourceAddress, Integer sourcePort,
                            String snmpVersion, String pduType, String trapOid, String agentAddress,
                            List<Varbind> varbinds, byte[] raw, Outcome outcome, String reason,
                            Runnable acknowledgement, long journalSeq) {

    /** An event not journaled: a feed record, a heartbeat, a file drop's row. */
    public ReceivedEvent(Instant receivedAt, String transport, String sourceAddress, Integer sourcePort,
            String snmpVersion, String pduType, String trapOid, String agentAddress, List<Varbind> varbinds,
            byte[] raw, Outcome outcome, String reason, Runnable acknowledgement) {
        this(receivedAt, transport, sourceAddress, sourcePort, snmpVersion, pduType, trapOid, agentAddress, varbinds,
                raw, outcome, reason, acknowledgement, 0);
    }

    /** A datagram no responder took: malformed, or refused by SNMPv3 security before decoding. */
    public static ReceivedEvent unprocessed(Instant receivedAt, String transport, String sourceAddress,
            Integer sourcePort, String snmpVersion, byte[] raw, Outcome outcome, String reason, long journalSeq) {
        return new ReceivedEvent(receivedAt, transport, sourceAddress, sourcePort, snmpVersion, null, null, null,
                List.of(), raw, outcome, reason, null, journalSeq);
    }

    /** The address the event is about: the original sender when a proxy forwarded it. */
    public String originAddress() {
        return agentAddress != null ? agentAddress : sourceAddress;
    }
}
