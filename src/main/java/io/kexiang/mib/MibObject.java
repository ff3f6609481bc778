package io.kexiang.mib;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An OBJECT-TYPE (scalar or column) and what is needed to render its values.
 *
 * @param syntax the primitive SMI type: {@code INTEGER}, {@code ENUM} (an enumerated INTEGER),
 *               {@code OCTET_STRING}, {@code IP_ADDRESS}, {@code TIME_TICKS}, {@code BITS},
 *               {@code OBJECT_IDENTIFIER}, counters and gauges
 * @param textualConvention such as {@code DisplayString} or {@code PhysAddress}; null when none
 * @param enums labels of an enumerated INTEGER ({@code ifOperStatus} 2 → {@code down})
 * @param bits labels of the bit positions of a BITS value
 * @param sums labels of the flags of an INTEGER that is "a bitmap represented as a sum" (DS1-MIB
 *             {@code dsx1LineStatus}: 64 is {@code dsx1LossOfSignal}), by flag value
 */
public record MibObject(MibSymbol symbol, String syntax, String textualConvention, Map<Long, String> enums,
                        Map<Integer, String> bits, Map<Long, String> sums) {

    /** An INTEGER reading as an engineer reads it: its enumeration label, or its flags joined by {@code |}. */
    public Optional<String> label(long value) {
        String label = enums.get(value);
        if (label != null || sums.isEmpty()) {
            return Optional.ofNullable(label);
        }
        List<String> set = new ArrayList<>();
        long unnamed = value;
        for (Map.Entry<Long, String> flag : sums.entrySet()) {
            if ((value & flag.getKey()) != 0) {
                set.add(flag.getValue());
                unnamed &= ~flag.getKey();
            }
        }
        return flags(set, unnamed == 0);
    }

    /** A BITS value (octets, bit 0 the high bit of the first octet) as its set bits' labels joined by {@code |}. */
    public Optional<String> bitsLabel(byte[] octets) {
        if (bits.isEmpty() || octets == null) {
            return Optional.empty();
        }
        List<String> set = new ArrayList<>();
        boolean known = true;
        for (int bit = 0; bit < octets.length * 8; bit++) {
            if ((octets[bit / 8] & (0x80 >> (bit % 8))) != 0) {
                String label = bits.get(bit);
                known &= label != null;
                set.add(label != null ? label : "bit" + bit);
            }
        }
        return flags(set, known);
    }

    private static Optional<String> flags(List<String> labels, boolean allKnown) {
        if (labels.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(String.join("|", labels) + (allKnown ? "" : "|?"));
    }

    public boolean isText() {
        return textualConvention != null && (textualConvention.equals("DisplayString")
                || textualConvention.equals("SnmpAdminString") || textualConvention.endsWith("DisplayString"));
    }
}
