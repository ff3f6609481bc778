package io.kexiang.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;
import org.snmp4j.PDU;
import org.snmp4j.asn1.BER;
import org.snmp4j.asn1.BERInputStream;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;

/** The load generator's hand-made datagrams read back by SNMP4J as the v2c traps they claim to be. */
class BerTrapTests {

    @Test
    void aLinkDownDecodesWithItsInterfaceAndTheSendTimeWrittenLast() throws Exception {
        byte[] datagram = BerTrap.encode("bench", BerTrap.LINK_DOWN, 1_234, 77);
        BerTrap.stamp(datagram, 1_764_556_800_123_456L);

        BERInputStream in = new BERInputStream(ByteBuffer.wrap(datagram));
        BER.decodeHeader(in, new BER.MutableByte());
        assertThat(BER.decodeInteger(in, new BER.MutableByte())).isEqualTo(SnmpConstants.version2c);
        assertThat(new String(BER.decodeString(in, new BER.MutableByte()))).isEqualTo("bench");
        PDU pdu = new PDU();
        pdu.decodeBER(in);

        assertThat(pdu.getType()).isEqualTo(PDU.TRAP);
        assertThat(pdu.getRequestID().getValue()).isEqualTo(77);
        assertThat(pdu.getVariable(SnmpConstants.snmpTrapOID)).isEqualTo(new OID(BerTrap.LINK_DOWN));
        assertThat(pdu.getVariable(new OID("1.3.6.1.2.1.2.2.1.8.1234")).toInt()).as("ifOperStatus down").isEqualTo(2);
        assertThat(pdu.getVariable(new OID(BerTrap.SENT_AT_OID)))
                .isEqualTo(new OctetString("1764556800123456"));
        assertThat(pdu.getVariableBindings()).hasSize(6);
    }

    @Test
    void aColdStartCarriesNoInterface() throws Exception {
        byte[] datagram = BerTrap.encode("public", BerTrap.COLD_START, 0, 1);
        BERInputStream in = new BERInputStream(ByteBuffer.wrap(datagram));
        BER.decodeHeader(in, new BER.MutableByte());
        BER.decodeInteger(in, new BER.MutableByte());
        BER.decodeString(in, new BER.MutableByte());
        PDU pdu = new PDU();
        pdu.decodeBER(in);
        assertThat(pdu.getVariable(SnmpConstants.snmpTrapOID)).isEqualTo(SnmpConstants.coldStart);
        assertThat(pdu.getVariableBindings()).hasSize(3);
    }
}
