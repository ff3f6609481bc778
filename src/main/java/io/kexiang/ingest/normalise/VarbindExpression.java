package io.kexiang.ingest.normalise;

import io.kexiang.ingest.received.NamedVarbind;
import java.util.List;

/**
 * Reads a value out of a notification's varbinds. {@code ifIndex}: the reading of the varbind of that object;
 * {@code frCircuitState#2}: the second arc of its instance index; {@code #last}: the last arc;
 * {@code #text}: the index read as a length-prefixed string (a VRF name in MPLS-L3VPN-STD-MIB);
 * {@code a | b}: the first that is present.
 */
final class VarbindExpression {

    private VarbindExpression() {
    }

    static String evaluate(String expression, List<NamedVarbind> varbinds) {
        if (expression == null) {
            return null;
        }
        for (String alternative : expression.split("\\|")) {
            String value = single(alternative.trim(), varbinds);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String single(String expression, List<NamedVarbind> varbinds) {
        int hash = expression.indexOf('#');
        String object = hash < 0 ? expression : expression.substring(0, hash);
        NamedVarbind varbind = varbinds.stream().filter(v -> object.equals(v.object())).findFirst().orElse(null);
        if (varbind == null) {
            return null;
        }
        if (hash < 0) {
            return varbind.reading();
        }
        String[] arcs = varbind.index().isEmpty() ? new String[0] : varbind.index().split("\\.");
        String part = expression.substring(hash + 1);
        return switch (part) {
            case "last" -> arcs.length == 0 ? null : arcs[arcs.length - 1];
            case "index" -> varbind.index();
            case "text" -> text(arcs);
            default -> {
                int n = Integer.parseInt(part);
                yield n >= 1 && n <= arcs.length ? arcs[n - 1] : null;
            }
        };
    }

    /** An OCTET STRING index: its length, then one arc per character. */
    private static String text(String[] arcs) {
        if (arcs.length == 0) {
            return null;
        }
        int length = Integer.parseInt(arcs[0]);
        if (length > arcs.length - 1) {
            return null;
        }
        StringBuilder text = new StringBuilder(length);
        for (int i = 1; i <= length; i++) {
            text.append((char) Integer.parseInt(arcs[i]));
        }
        return text.toString();
    }
}
