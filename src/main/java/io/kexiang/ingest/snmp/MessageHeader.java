package io.kexiang.ingest.snmp;

import io.kexiang.ingest.archive.BerReader;

/**
 * What the clear part of an SNMP message says, read from its raw bytes when SNMP4J could not take it further: its
 * version, and for SNMPv3 whether it is encrypted and whether the sender knows our engine's boots and time yet
 * (both zero while it discovers them, RFC 3414 4).
 */
record MessageHeader(String version, boolean encrypted, boolean timeUnknown) {

    private static final int PRIV_FLAG = 0x02;

    /** The header, or null when the bytes are not an SNMP message. */
    static MessageHeader of(byte[] raw) {
        try {
            BerReader message = new BerReader(raw);
            message.enter(BerReader.SEQUENCE);
            long version = message.integer();
            if (version != 3) {
                return new MessageHeader(version == 0 ? "v1" : version == 1 ? "v2c" : null, false, false);
            }
            message.enter(BerReader.SEQUENCE);
            message.integer();
            message.integer();
            int[] flags = message.octets();
            boolean encrypted = flags[1] == 1 && (raw[flags[0]] & PRIV_FLAG) != 0;
            message.integer();
            int[] security = message.octets();
            BerReader parameters = new BerReader(java.util.Arrays.copyOfRange(raw, security[0],
                    security[0] + security[1]));
            parameters.enter(BerReader.SEQUENCE);
            parameters.octets();
            boolean timeUnknown = parameters.integer() == 0 & parameters.integer() == 0;
            return new MessageHeader("v3", encrypted, timeUnknown);
        } catch (IllegalArgumentException notSnmp) {
            return null;
        }
    }
}
