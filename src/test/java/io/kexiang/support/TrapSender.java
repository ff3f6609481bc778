package io.kexiang.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.snmp4j.CommunityTarget;
import org.snmp4j.PDU;
import org.snmp4j.Snmp;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.IpAddress;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/**
 * Sends real SNMPv2c traps over UDP from 127.0.0.1, the tests' trusted NMS, each on behalf of a network element
 * (RFC 3584 snmpTrapAddress), the way an NMS forwards the traps of the elements it manages.
 */
public final class TrapSender implements AutoCloseable {

    public static final String COLD_START = "1.3.6.1.6.3.1.1.5.1";
    public static final String LINK_DOWN = "1.3.6.1.6.3.1.1.5.3";
    public static final String LINK_UP = "1.3.6.1.6.3.1.1.5.4";
    public static final String FR_DLCI_STATUS_CHANGE = "1.3.6.1.2.1.10.32.0.1";
    public static final String FR_CIRCUIT_STATE = "1.3.6.1.2.1.10.32.2.1.3";
    public static final String ATM_PVC_FAILURES = "1.3.6.1.2.1.37.1.14.2.1.0.1";
    public static final String ATM_FAILING_PVCL = "1.3.6.1.2.1.37.1.14.1.21.1.1";
    public static final String VRF_DOWN = "1.3.6.1.2.1.10.166.11.0.2";
    public static final String VRF_OPER_STATUS = "1.3.6.1.2.1.10.166.11.1.2.2.1.6";
    public static final String IF_INDEX = "1.3.6.1.2.1.2.2.1.1";
    public static final String IF_OPER_STATUS = "1.3.6.1.2.1.2.2.1.8";
    private static final OID SNMP_TRAP_ADDRESS = new OID("1.3.6.1.6.3.18.1.3.0");

    private final Snmp snmp;
    private final CommunityTarget<UdpAddress> target;

    public TrapSender(int port) {
        try {
            snmp = new Snmp(new DefaultUdpTransportMapping(new UdpAddress("127.0.0.1/0")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        target = new CommunityTarget<>(new UdpAddress("127.0.0.1/" + port), new OctetString("public"));
        target.setVersion(SnmpConstants.version2c);
    }

    /** A trap about {@code element}: varbinds as pairs of OID and value (an Integer or a String). */
    public void send(String element, String trapOid, Object... varbinds) {
        PDU pdu = new PDU();
        pdu.setType(PDU.TRAP);
        pdu.add(new VariableBinding(SnmpConstants.sysUpTime, new TimeTicks(4200)));
        pdu.add(new VariableBinding(SnmpConstants.snmpTrapOID, new OID(trapOid)));
        for (int i = 0; i < varbinds.length; i += 2) {
            Object value = varbinds[i + 1];
            pdu.add(new VariableBinding(new OID((String) varbinds[i]), value instanceof Integer number
                    ? new Integer32(number) : new OctetString((String) value)));
        }
        pdu.add(new VariableBinding(SNMP_TRAP_ADDRESS, new IpAddress(element)));
        try {
            snmp.send(pdu, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void linkDown(String element, int ifIndex) {
        send(element, LINK_DOWN, IF_INDEX + "." + ifIndex, ifIndex, IF_OPER_STATUS + "." + ifIndex, 2);
    }

    public void linkUp(String element, int ifIndex) {
        send(element, LINK_UP, IF_INDEX + "." + ifIndex, ifIndex, IF_OPER_STATUS + "." + ifIndex, 1);
    }

    /** An SNMP index of a string: its length, then its bytes. */
    public static String stringIndex(String text) {
        StringBuilder index = new StringBuilder().append(text.length());
        text.chars().forEach(c -> index.append('.').append(c));
        return index.toString();
    }

    @Override
    public void close() {
        try {
            snmp.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
