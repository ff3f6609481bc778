package io.kexiang.ingest.snmp;

import io.kexiang.ingest.received.Outcome;
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

    /** Counters of well-formed messages refused by SNMPv3 security. */
    private static final Set<OID> REFUSALS = Set.of(SnmpConstants.usmStatsUnknownUserNames,
            SnmpConstants.usmStatsWrongDigests, SnmpConstants.usmStatsDecryptionErrors,
            SnmpConstants.usmStatsNotInTimeWindows, SnmpConstants.usmStatsUnsupportedSecLevels,
            SnmpConstants.snmpUnknownSecurityModels);
    private static final String DECRYPTION_FAILED = "SNMPv3 decryption failed: the privacy passphrase or protocol "
            + "does not match (usmStatsDecryptionErrors)";
    private static final String TIME_SYNCHRONISATION = "SNMPv3 time synchronisation, answered with a report";

    /** Why a datagram SNMP4J did not take went no further, as the archive records it. */
    record Verdict(Outcome outcome, String reason) {
    }

    private Counters() {
    }

    /** Whether this counter says why a datagram went no further (not mere bookkeeping such as snmpInPkts). */
    static boolean explainsFailure(OID counter) {
        return NAMES.containsKey(counter);
    }

    /**
     * @param counter the first SNMP4J counter the datagram incremented, or null
     * @param header its clear header, or null when it is no SNMP message
     * @param failure what went wrong otherwise, or null
     */
    static Verdict verdict(OID counter, MessageHeader header, String failure) {
        if (SnmpConstants.usmStatsUnknownEngineIDs.equals(counter)) {
            return new Verdict(Outcome.DISCOVERY, name(counter));
        }
        if (SnmpConstants.usmStatsNotInTimeWindows.equals(counter) && header != null && header.timeUnknown()) {
            return new Verdict(Outcome.DISCOVERY, TIME_SYNCHRONISATION);
        }
        // Authentication passed (a wrong digest is counted first), yet the decrypted PDU is no BER: wrong key.
        if (SnmpConstants.snmpInASNParseErrs.equals(counter) && header != null && header.encrypted()) {
            return new Verdict(Outcome.REJECTED, DECRYPTION_FAILED);
        }
        Outcome outcome = counter != null && REFUSALS.contains(counter) ? Outcome.REJECTED : Outcome.UNDECODABLE;
        return new Verdict(outcome, failure != null ? failure : "not decodable as SNMP");
    }

    static String name(OID counter) {
        return NAMES.getOrDefault(counter, "SNMP4J counter " + counter);
    }
}
