package io.kexiang.ingest.snmp;

import io.kexiang.ingest.received.Varbind;
import java.util.ArrayList;
import java.util.List;
import org.snmp4j.PDU;
import org.snmp4j.PDUv1;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

/** SNMP4J's PDUs into Kexiang's records, SNMPv1 traps in the SNMPv2 form that RFC 3584 section 3.1 defines. */
final class PduConversion {

    static final OID SNMP_TRAP_ADDRESS = new OID("1.3.6.1.6.3.18.1.3.0");
    private static final OID SNMP_TRAPS = new OID("1.3.6.1.6.3.1.1.5");

    private PduConversion() {
    }

    /** The notification OID: snmpTrapOID.0 of a v2 trap; for v1, a standard trap or enterprise.0.specific. */
    static String trapOid(PDU pdu) {
        if (pdu instanceof PDUv1 v1) {
            if (v1.getGenericTrap() != PDUv1.ENTERPRISE_SPECIFIC) {
                OID standard = new OID(SNMP_TRAPS);
                standard.append(v1.getGenericTrap() + 1);
                return standard.toDottedString();
            }
            OID specific = new OID(v1.getEnterprise());
            specific.append(0);
            specific.append(v1.getSpecificTrap());
            return specific.toDottedString();
        }
        Variable trapOid = pdu.getVariable(SnmpConstants.snmpTrapOID);
        return trapOid == null ? null : trapOid.toString();
    }

    /** The original sender when a proxy forwarded the trap: snmpTrapAddress.0, or a v1 agent-addr. */
    static String agentAddress(PDU pdu) {
        if (pdu instanceof PDUv1 v1 && v1.getAgentAddress() != null
                && !"0.0.0.0".equals(v1.getAgentAddress().toString())) {
            return v1.getAgentAddress().toString();
        }
        Variable proxied = pdu.getVariable(SNMP_TRAP_ADDRESS);
        return proxied == null ? null : proxied.toString();
    }

    /** The variable bindings; a v1 trap gets sysUpTime.0 and snmpTrapOID.0 first, as its v2 form has them. */
    static List<Varbind> varbinds(PDU pdu) {
        List<Varbind> varbinds = new ArrayList<>(pdu.size() + 2);
        if (pdu instanceof PDUv1 v1) {
            varbinds.add(new Varbind("1.3.6.1.2.1.1.3.0", "TimeTicks", timeTicks(v1.getTimestamp()), null));
            varbinds.add(new Varbind("1.3.6.1.6.3.1.1.4.1.0", "OBJECT IDENTIFIER", trapOid(pdu), null));
        }
        for (VariableBinding binding : pdu.getVariableBindings()) {
            Variable value = binding.getVariable();
            byte[] octets = value instanceof OctetString text ? text.getValue() : null;
            String text = octets != null ? null
                    : value instanceof TimeTicks ticks ? timeTicks(ticks.getValue()) : value.toString();
            varbinds.add(new Varbind(binding.getOid().toDottedString(), value.getSyntaxString(), text, octets));
        }
        return varbinds;
    }

    /**
     * TimeTicks as SNMP4J writes them ({@code 2 days, 3:04:05.06}), without its {@code MessageFormat}: that took a
     * third of the decoder thread's time, every trap carrying sysUpTime.
     */
    static String timeTicks(long hundredths) {
        long days = hundredths / 8_640_000;
        long rest = hundredths % 8_640_000;
        StringBuilder text = new StringBuilder(24);
        if (days == 1) {
            text.append("1 day, ");
        } else if (days > 1) {
            text.append(days).append(" days, ");
        }
        text.append(rest / 360_000).append(':');
        twoDigits(text, rest % 360_000 / 6_000).append(':');
        twoDigits(text, rest % 6_000 / 100).append('.');
        return twoDigits(text, rest % 100).toString();
    }

    private static StringBuilder twoDigits(StringBuilder text, long value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
