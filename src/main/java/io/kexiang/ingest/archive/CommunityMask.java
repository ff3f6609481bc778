package io.kexiang.ingest.archive;

import java.util.Arrays;

/**
 * An SNMPv1/v2c datagram with its community string overwritten by {@code *}, length kept, so that the bytes shown
 * to staff do not give away the secret the receiver checks. An SNMPv3 message carries no secret in clear and is
 * shown as it is; anything that does not read as an SNMP message header is withheld ({@code null}) rather than
 * shown unmasked.
 */
final class CommunityMask {

    private CommunityMask() {
    }

    static byte[] masked(byte[] raw) {
        try {
            BerReader message = new BerReader(raw);
            message.enter(BerReader.SEQUENCE);
            message.integer();
            if (message.peek() == BerReader.SEQUENCE) {
                return raw.clone();
            }
            int[] community = message.octets();
            byte[] masked = raw.clone();
            Arrays.fill(masked, community[0], community[0] + community[1], (byte) '*');
            return masked;
        } catch (IllegalArgumentException notAMessage) {
            return null;
        }
    }
}
