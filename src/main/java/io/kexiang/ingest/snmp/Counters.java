package io.kexiang.ingest.snmp;

import io.kexiang.ingest.archive.Outcome;
import java.util.Map;
import java.util.Set;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.OID;

/** Names for the SNMP4J counters that tell why a datagram was not delivered. */
final class Counters {

    private static final Map<OID, String> NAMES = Map.ofEntries(
            Map.entry(SnmpConstants.snmpInASNParseErrs, "malformed BER (snmpInASNParseErrs)"),
            Map.entry(SnmpConstants.snmpInBadVersions, "unknown SNMP version (snmpInBadVersions)"),
            Map.entry(SnmpConstants.snmpUnknownPDUHandlers, "no handler for the PDU (snmpUnknownPDUHandlers)"),
            Map.entry(SnmpConstants.snmpInvalidMsgs, "invalid message (snmpInvalidMsgs)"),
            Map.entry(SnmpConstants.snmpUnknownSecurityModels, "unknown security model (snmpUnknownSecurityModels)"),
            Map.entry(SnmpConstants.usmStatsUnknownUserNames, "unknown SNMPv3 user (usmStatsUnknownUserNames)"),
            Map.entry(SnmpConstants.usmStatsWrongDigests, "wrong SNMPv3 authentication (usmStatsWrongDigests)"),
            Map.entry(SnmpConstants.usmStatsDecryptionErrors, "SNMPv3 decryption failed (usmStatsDecryptionErrors)"),
            Map.entry(SnmpConstants.usmStatsUnknownEngineIDs, "SNMPv3 engine ID discovery, answered with a report"),
            Map.entry(SnmpConstants.usmStatsNotInTimeWindows, "SNMPv3 message outside the time window (usmStatsNotInTimeWindows)"),
            Map.entry(SnmpConstants.usmStatsUnsupportedSecLevels, "unsupported SNMPv3 security level"));

    /** Counters of well-formed messages refused by SNMPv3 security or answered by a discovery report. */
    private static final Set<OID> REFUSALS = Set.of(SnmpConstants.usmStatsUnknownUserNames,
            SnmpConstants.usmStatsWrongDigests, SnmpConstants.usmStatsDecryptionErrors,
            SnmpConstants.usmStatsUnknownEngineIDs, SnmpConstants.usmStatsNotInTimeWindows,
            SnmpConstants.usmStatsUnsupportedSecLevels, SnmpConstants.snmpUnknownSecurityModels);

    private Counters() {
    }

    /** Whether this counter says why a datagram went no further (not mere bookkeeping such as snmpInPkts). */
    static boolean explainsFailure(OID counter) {
        return NAMES.containsKey(counter);
    }

    static Outcome outcome(OID counter) {
        return counter != null && REFUSALS.contains(counter) ? Outcome.REJECTED : Outcome.UNDECODABLE;
    }

    static String name(OID counter) {
        return NAMES.getOrDefault(counter, "SNMP4J counter " + counter);
    }
}
