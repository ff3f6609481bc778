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

    /** {@code 1.3.6.1…} (a leading dot is allowed) as arcs, or null when it is not an OID. */
    static int[] parse(String oid) {
        String text = oid.startsWith(".") ? oid.substring(1) : oid;
        if (text.isEmpty()) {
            return null;
        }
        String[] parts = text.split("\\.");
        int[] arcs = new int[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                long arc = Long.parseLong(parts[i]);
                if (arc < 0 || arc > 0xFFFFFFFFL) {
                    return null;
                }
                arcs[i] = (int) arc;
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return arcs;
    }
}
