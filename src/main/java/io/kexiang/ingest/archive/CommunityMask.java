package io.kexiang.ingest.archive;

import java.util.Arrays;

/**
 * An SNMPv1/v2c datagram with its community string overwritten by {@code *}, length kept, so that the bytes shown
 * to staff do not give away the secret the receiver checks. An SNMPv3 message carries no secret in clear and is
 * shown as it is; anything that does not read as an SNMP message header is withheld ({@code null}) rather than
 * shown unmasked.
 */
final class CommunityMask {

    private static final int SEQUENCE = 0x30;
    private static final int INTEGER = 0x02;
    private static final int OCTET_STRING = 0x04;

    private CommunityMask() {
    }

    static byte[] masked(byte[] raw) {
        try {
            int at = contentOf(raw, 0, SEQUENCE);
            int version = contentOf(raw, at, INTEGER);
            at = version + length(raw, at);
            if ((raw[at] & 0xff) == SEQUENCE) {
                return raw.clone();
            }
            int community = contentOf(raw, at, OCTET_STRING);
            int end = community + length(raw, at);
            if (end > raw.length) {
                return null;
            }
            byte[] masked = raw.clone();
            Arrays.fill(masked, community, end, (byte) '*');
            return masked;
        } catch (ArrayIndexOutOfBoundsException | IllegalArgumentException notAMessage) {
            return null;
        }
    }

    /** Where the content of the element at {@code at} starts, checking its tag. */
    private static int contentOf(byte[] raw, int at, int tag) {
        if ((raw[at] & 0xff) != tag) {
            throw new IllegalArgumentException("tag " + raw[at] + " at " + at);
        }
        int first = raw[at + 1] & 0xff;
        return at + 2 + (first < 0x80 ? 0 : first & 0x7f);
    }

    /** The content length of the element at {@code at} (BER short or long form). */
    private static int length(byte[] raw, int at) {
        int first = raw[at + 1] & 0xff;
        if (first < 0x80) {
            return first;
        }
        int octets = first & 0x7f;
        if (octets == 0 || octets > 3) {
            throw new IllegalArgumentException("length of " + octets + " octets");
        }
        int length = 0;
        for (int i = 0; i < octets; i++) {
            length = length << 8 | raw[at + 2 + i] & 0xff;
        }
        return length;
    }
}
