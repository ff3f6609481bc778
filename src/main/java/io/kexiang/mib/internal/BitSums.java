package io.kexiang.mib.internal;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The flags of an INTEGER the MIB calls "a bitmap represented as a sum" (DS1-MIB and DS3-MIB line status): SMI has
 * no syntax for them, so they are read from the DESCRIPTION's table of "value name" lines, values powers of two.
 */
final class BitSums {

    private static final Pattern FLAG = Pattern.compile("(?m)^\\s*(\\d{1,10})\\s+([a-z][A-Za-z0-9]+)\\b");

    private BitSums() {
    }

    static Map<Long, String> of(String description) {
        if (description == null || !description.replaceAll("\\s+", " ").contains("represented as a sum")) {
            return Map.of();
        }
        Map<Long, String> flags = new TreeMap<>();
        Matcher line = FLAG.matcher(description);
        while (line.find()) {
            long value = Long.parseLong(line.group(1));
            if (Long.bitCount(value) == 1) {
                flags.putIfAbsent(value, line.group(2));
            }
        }
        return flags.size() < 2 ? Map.of() : Collections.unmodifiableMap(flags);
    }
}
