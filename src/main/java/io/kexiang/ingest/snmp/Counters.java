package io.kexiang.ingest.snmp;

import java.util.Map;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.OID;

/** Names for the SNMP4J counters that tell why a datagram was not delivered. */
final class Counters {

    private static final Map<OID, String> NAMES = Map.of(
            SnmpConstants.snmpInASNParseErrs, "malformed BER (snmpInASNParseErrs)",
            SnmpConstants.snmpInBadVersions, "unknown SNMP version (snmpInBadVersions)",
            SnmpConstants.snmpUnknownPDUHandlers, "no handler for the PDU (snmpUnknownPDUHandlers)",
            SnmpConstants.snmpInvalidMsgs, "invalid message (snmpInvalidMsgs)",
            SnmpConstants.snmpUnknownSecurityModels, "unknown security model (snmpUnknownSecurityModels)",
            SnmpConstants.usmStatsUnknownUserNames, "unknown SNMPv3 user (usmStatsUnknownUserNames)",
            SnmpConstants.usmStatsWrongDigests, "wrong SNMPv3 authentication (usmStatsWrongDigests)",
            SnmpConstants.usmStatsDecryptionErrors, "SNMPv3 decryption failed (usmStatsDecryptionErrors)",
            SnmpConstants.usmStatsUnknownEngineIDs, "unknown SNMPv3 engine ID (usmStatsUnknownEngineIDs)");

    private Counters() {
    }

    static String name(OID counter) {
        return NAMES.getOrDefault(counter, "SNMP4J counter " + counter);
    }
}
