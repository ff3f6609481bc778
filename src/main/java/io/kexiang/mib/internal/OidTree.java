package io.kexiang.mib.internal;

import java.util.HashMap;
import java.util.Map;

/** Values keyed by OID, found by the longest prefix of a longer OID (an object, under which sits an instance). */
final class OidTree<T> {

    private static final class Node<T> {
        final Map<Integer, Node<T>> children = new HashMap<>(4);
        T value;
    }

    /** The value at the longest defined prefix and how many arcs that prefix has. */
    record Match<T>(T value, int depth) {
    }

    private final Node<T> root = new Node<>();

    /** Keeps the first value put at an OID: callers put preferred definitions first. */
    void putIfAbsent(int[] oid, T value) {
        Node<T> node = root;
        for (int arc : oid) {
            node = node.children.computeIfAbsent(arc, a -> new Node<>());
        }
        if (node.value == null) {
            node.value = value;
        }
    }

    Match<T> longestPrefix(int[] oid) {
        Node<T> node = root;
        Match<T> best = null;
        for (int depth = 0; depth < oid.length; depth++) {
            node = node.children.get(oid[depth]);
            if (node == null) {
                break;
            }
            if (node.value != null) {
                best = new Match<>(node.value, depth + 1);
            }
        }
        return best;
    }

    /**
     * {@code 1.3.6.1…} (a leading dot is allowed) as arcs, or null when it is not an OID. By hand, not with split and
     * parseLong: every varbind of every trap is looked up (a tenth of the decoder thread's time went to the regex).
     */
    static int[] parse(String oid) {
        int start = oid.startsWith(".") ? 1 : 0;
        int length = oid.length();
        if (start == length) {
            return null;
        }
        int count = 1;
        for (int i = start; i < length; i++) {
            if (oid.charAt(i) == '.') {
                count++;
            }
        }
        int[] arcs = new int[count];
        long arc = 0;
        int digits = 0;
        int at = 0;
        for (int i = start; i <= length; i++) {
            char c = i == length ? '.' : oid.charAt(i);
            if (c == '.') {
                if (digits == 0) {
                    return null;
                }
                arcs[at++] = (int) arc;
                arc = 0;
                digits = 0;
            } else if (c >= '0' && c <= '9') {
                arc = arc * 10 + (c - '0');
                if (arc > 0xFFFFFFFFL) {
                    return null;
                }
                digits++;
            } else {
                return null;
            }
        }
        return arcs;
    }
}
