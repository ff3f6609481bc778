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
        String index = Arrays.stream(arcs, match.depth(), arcs.length).mapToObj(Integer::toUnsignedString)
                .collect(Collectors.joining("."));
        return Optional.of(new ObjectInstance(match.value(), index));
    }

    static String canonical(int[] arcs) {
        return Arrays.stream(arcs).mapToObj(Integer::toUnsignedString).collect(Collectors.joining("."));
    }
}
