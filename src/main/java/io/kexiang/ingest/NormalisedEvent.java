package io.kexiang.ingest;

import java.time.Instant;

/**
 * What every source (SNMP, NMS REST, file drop) becomes: one event in X.733 terms, about a place in the network.
 *
 * @param eventTime when the fault happened at its source as the event says (an NMS's raise time); the received
 *                  time when the event does not say
 * @param sourceAddress who sent it: the element itself, or the NMS (its address or name) that forwarded it
 * @param originAddress the element as the event names it: its address (RFC 3584 snmpTrapAddress, v1 agent-addr)
 *                      or, from an NMS feed, the NMS's name for it; the sender when the event names none
 * @param notification {@code IF-MIB::linkDown}, or the bare OID when no MIB names it
 * @param eventType X.733 event type, e.g. {@code communicationsAlarm}; null for an unknown notification
 * @param family the rule family that mapped it, e.g. {@code interface}; null when no rule did
 * @param externalAlarmId the NMS's own id of the alarm (its serial number), by which its clear finds it
 * @param reductionKey events with the same key are one fault: its repeats update one alarm, its clear clears it
 * @param raisesAlarm false for notifications kept in the archive only (an NMS's heartbeat)
 * @param rootCause the event says a whole network element failed or restarted (a cold start, an NE down), so the
 *                  alarms of that element that follow are its consequences
 */
public record NormalisedEvent(Instant eventTime, Instant receivedTime, String sourceAddress, String originAddress,
                              String networkElement,
                              String notification, String family, Resource resource, String eventType,
                              String probableCause, String specificProblem, PerceivedSeverity severity,
                              String additionalText, String externalAlarmId, String reductionKey,
                              boolean rootCause, boolean raisesAlarm) {

    public boolean isClear() {
        return severity == PerceivedSeverity.CLEARED;
    }

    /** The network element as named in the inventory, or as the event names it when the inventory has none. */
    public String elementOrOrigin() {
        return networkElement != null ? networkElement : originAddress;
    }
}
