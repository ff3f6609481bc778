package io.kexiang.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * SNMPv2c trap datagrams encoded by hand (BER), so that the load generator needs nothing but the JDK and spends
 * no time in a library. Each one ends with a varbind carrying its send time (16 ASCII digits of epoch
 * microseconds) that {@link #stamp} writes in place just before the datagram leaves: the archive keeps it, and the
 * benchmark reads send → commit latencies back from PostgreSQL.
 */
public final class BerTrap {

    /** NET-SNMP-MIB's netSnmpPlaypen, the arc set aside for experiments: no MIB here names it. */
    static final String SENT_AT_OID = "1.3.6.1.4.1.8072.9999.9999.1.0";
    public static final String LINK_DOWN = "1.3.6.1.6.3.1.1.5.3";
    static final String LINK_UP = "1.3.6.1.6.3.1.1.5.4";
    static final String COLD_START = "1.3.6.1.6.3.1.1.5.1";
    private static final int STAMP_DIGITS = 16;

    private BerTrap() {
    }

    /** A linkDown or linkUp on one interface, or a coldStart when {@code ifIndex} is 0. */
    public static byte[] encode(String community, String trapOid, int ifIndex, int requestId) {
        ByteArrayOutputStream varbinds = new ByteArrayOutputStream();
        varbind(varbinds, "1.3.6.1.2.1.1.3.0", tlv(0x43, unsigned(123_456)));
        varbind(varbinds, "1.3.6.1.6.3.1.1.4.1.0", tlv(0x06, oid(trapOid)));
        if (ifIndex > 0) {
            boolean down = trapOid.equals(LINK_DOWN);
            varbind(varbinds, "1.3.6.1.2.1.2.2.1.1." + ifIndex, integer(ifIndex));
            varbind(varbinds, "1.3.6.1.2.1.2.2.1.7." + ifIndex, integer(1));
            varbind(varbinds, "1.3.6.1.2.1.2.2.1.8." + ifIndex, integer(down ? 2 : 1));
        }
        varbind(varbinds, SENT_AT_OID, tlv(0x04, "0".repeat(STAMP_DIGITS).getBytes(StandardCharsets.US_ASCII)));
        byte[] pdu = tlv(0xA7, concat(integer(requestId), integer(0), integer(0), tlv(0x30, varbinds.toByteArray())));
        return tlv(0x30, concat(integer(1), tlv(0x04, community.getBytes(StandardCharsets.US_ASCII)), pdu));
    }

    /** Writes the send time into the datagram's last varbind. */
    public static void stamp(byte[] datagram, long epochMicros) {
        long value = epochMicros;
        for (int i = datagram.length - 1; i >= datagram.length - STAMP_DIGITS; i--) {
            datagram[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }

    private static void varbind(ByteArrayOutputStream into, String oid, byte[] value) {
        into.writeBytes(tlv(0x30, concat(tlv(0x06, oid(oid)), value)));
    }

    private static byte[] integer(long value) {
        int length = 1;
        while (length < 8 && (value < -(1L << (8 * length - 1)) || value >= (1L << (8 * length - 1)))) {
            length++;
        }
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            bytes[length - 1 - i] = (byte) (value >> (8 * i));
        }
        return tlv(0x02, bytes);
    }

    /** TimeTicks and the other unsigned types: big-endian, with a leading zero when the top bit is set. */
    private static byte[] unsigned(long value) {
        byte[] signed = integer(value);
        byte[] content = new byte[signed.length - 2];
        System.arraycopy(signed, 2, content, 0, content.length);
        return content;
    }

    private static byte[] oid(String dotted) {
        String[] arcs = dotted.split("\\.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        base128(out, Long.parseLong(arcs[0]) * 40 + Long.parseLong(arcs[1]));
        for (int i = 2; i < arcs.length; i++) {
            base128(out, Long.parseLong(arcs[i]));
        }
        return out.toByteArray();
    }

    private static void base128(ByteArrayOutputStream out, long value) {
        int groups = 1;
        while (value >= 1L << (7 * groups)) {
            groups++;
        }
        for (int i = groups - 1; i >= 0; i--) {
            out.write((int) ((value >> (7 * i)) & 0x7F) | (i == 0 ? 0 : 0x80));
        }
    }

    private static byte[] tlv(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 4);
        out.write(tag);
        int length = content.length;
        if (length < 0x80) {
            out.write(length);
        } else if (length < 0x100) {
            out.write(0x81);
            out.write(length);
        } else {
            out.write(0x82);
            out.write(length >> 8);
            out.write(length);
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
