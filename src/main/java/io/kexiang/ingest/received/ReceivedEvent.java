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
 */
public record ReceivedEvent(Instant receivedAt, String transport, String sourceAddress, Integer sourcePort,
                            String snmpVersion, String pduType, String trapOid, String agentAddress,
                            List<Varbind> varbinds, byte[] raw, Outcome outcome, String reason,
                            Runnable acknowledgement) {

    /** A datagram no responder took: malformed, or refused by SNMPv3 security before decoding. */
    public static ReceivedEvent unprocessed(Instant receivedAt, String transport, String sourceAddress,
            Integer sourcePort, String snmpVersion, byte[] raw, Outcome outcome, String reason) {
        return new ReceivedEvent(receivedAt, transport, sourceAddress, sourcePort, snmpVersion, null, null, null,
                List.of(), raw, outcome, reason, null);
    }

    /** The address the event is about: the original sender when a proxy forwarded it. */
    public String originAddress() {
        return agentAddress != null ? agentAddress : sourceAddress;
    }
}
