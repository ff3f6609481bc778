package io.kexiang.mib;

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
 */
public record MibObject(MibSymbol symbol, String syntax, String textualConvention, Map<Long, String> enums,
                        Map<Integer, String> bits) {

    public Optional<String> label(long value) {
        return Optional.ofNullable(enums.get(value));
    }

    public boolean isText() {
        return textualConvention != null && (textualConvention.equals("DisplayString")
                || textualConvention.equals("SnmpAdminString") || textualConvention.endsWith("DisplayString"));
    }
}
