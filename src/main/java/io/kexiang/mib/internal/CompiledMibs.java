package io.kexiang.mib.internal;

import io.kexiang.mib.MibObject;
import io.kexiang.mib.MibReport;
import io.kexiang.mib.MibSymbol;
import io.kexiang.mib.ObjectInstance;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** An immutable result of one compilation, read by any number of threads. */
record CompiledMibs(Map<String, MibSymbol> notifications, OidTree<MibObject> objects, MibReport report) {

    Optional<MibSymbol> notification(String oid) {
        int[] arcs = OidTree.parse(oid);
        return arcs == null ? Optional.empty() : Optional.ofNullable(notifications.get(canonical(arcs)));
    }

    Optional<ObjectInstance> objectInstance(String oid) {
        int[] arcs = OidTree.parse(oid);
        OidTree.Match<MibObject> match = arcs == null ? null : objects.longestPrefix(arcs);
        if (match == null) {
            return Optional.empty();
        }
        StringBuilder index = new StringBuilder();
        for (int i = match.depth(); i < arcs.length; i++) {
            index.append(i == match.depth() ? "" : ".").append(Integer.toUnsignedString(arcs[i]));
        }
        return Optional.of(new ObjectInstance(match.value(), index.toString()));
    }

    static String canonical(int[] arcs) {
        return Arrays.stream(arcs).mapToObj(Integer::toUnsignedString).collect(Collectors.joining("."));
    }
}
