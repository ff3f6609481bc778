package io.kexiang.ingest;

import java.time.Instant;

/**
 * What every source (SNMP, NMS REST, file drop) becomes: one event in X.733 terms, about a place in the network.
 *
 * @param notification {@code IF-MIB::linkDown}, or the bare OID when no MIB names it
 * @param eventType X.733 event type, e.g. {@code communicationsAlarm}; null for an unknown notification
 * @param family the rule family that mapped it, e.g. {@code interface}; null when no rule did
 * @param externalAlarmId the NMS's own id of the alarm (its serial number), by which its clear finds it
 */
public record NormalisedEvent(Instant receivedTime, String sourceAddress, String networkElement,
                              String notification, String family, Resource resource, String eventType,
                              String probableCause, String specificProblem, PerceivedSeverity severity,
                              String additionalText, String externalAlarmId) {
}
