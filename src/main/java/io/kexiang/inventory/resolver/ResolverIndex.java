package io.kexiang.inventory.resolver;

import io.kexiang.inventory.CircuitMatch;
import io.kexiang.inventory.NetworkElementRef;
import io.kexiang.inventory.ResolveQuery;
import io.kexiang.shared.CircuitId;
import io.kexiang.shared.NetworkAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable snapshot of where every circuit is, keyed so that each lookup is a few hash probes whatever the
 * inventory's size. Built once per inventory change, then read without locks by any number of threads.
 */
final class ResolverIndex {

    static final ResolverIndex EMPTY = new Builder().build();

    private final Map<String, Element> byName;
    private final Map<String, Element> byAddress;
    private final int circuitCount;

    private ResolverIndex(Map<String, Element> byName, Map<String, Element> byAddress, int circuitCount) {
        this.byName = byName;
        this.byAddress = byAddress;
        this.circuitCount = circuitCount;
    }

    int circuitCount() {
        return circuitCount;
    }

    Optional<NetworkElementRef> networkElement(String nameOrAddress) {
        return Optional.ofNullable(element(nameOrAddress, nameOrAddress)).map(Element::ref);
    }

    /** Interfaces of the element that carry circuits; 0 for an element the index does not know. */
    int interfaceCount(String nameOrAddress) {
        Element element = element(nameOrAddress, nameOrAddress);
        return element == null ? 0 : Math.max(element.byIfIndex().size(), element.byIfName().size());
    }

    List<CircuitMatch> resolve(ResolveQuery query) {
        Element element = element(query.ne(), query.address());
        if (element == null) {
            return List.of();
        }
        Bucket candidates = element.candidates(query);
        List<CircuitMatch> matches = new ArrayList<>(Math.min(candidates.size(), 16));
        candidates.collect(query, matches);
        return matches;
    }

    private Element element(String name, String address) {
        Element found = name == null ? null : byName.get(name.toLowerCase(Locale.ROOT));
        if (found == null && address != null) {
            // Trap sources are almost always canonical already: try the exact key before parsing the literal.
            found = byAddress.get(address);
            if (found == null) {
                found = NetworkAddress.canonical(address).map(byAddress::get).orElse(null);
            }
        }
        return found;
    }

    /** One network element's ends, by interface index, interface name and VRF. */
    record Element(NetworkElementRef ref, Map<Integer, Bucket> byIfIndex, Map<String, Bucket> byIfName,
                   Map<String, Bucket> byVrf, Bucket all) {

        Bucket candidates(ResolveQuery query) {
            Bucket found = null;
            if (query.ifIndex() != null) {
                found = byIfIndex.get(query.ifIndex());
            }
            if (found == null && query.ifName() != null) {
                found = byIfName.get(query.ifName().trim().toLowerCase(Locale.ROOT));
            }
            if (found == null && query.ifIndex() == null && query.ifName() == null) {
                found = query.vrf() != null ? byVrf.get(query.vrf()) : all;
            }
            return found == null ? Bucket.EMPTY : found;
        }
    }

    /** Collects elements and ends, then freezes them into an index. */
    static final class Builder {

        private final Map<Long, NetworkElementRef> refs = new HashMap<>();
        private final Map<Long, List<String>> addresses = new HashMap<>();
        private final Map<Long, List<Placed>> ends = new HashMap<>();
        private final Set<CircuitId> circuits = new HashSet<>();

        private record Placed(IndexedEnd end, Integer ifIndex, String ifName) {
        }

        Builder element(long id, NetworkElementRef ref) {
            refs.put(id, ref);
            return this;
        }

        Builder address(long elementId, String address) {
            addresses.computeIfAbsent(elementId, id -> new ArrayList<>()).add(address);
            return this;
        }

        Builder end(long elementId, IndexedEnd end, Integer ifIndex, String ifName) {
            ends.computeIfAbsent(elementId, id -> new ArrayList<>()).add(new Placed(end, ifIndex, ifName));
            circuits.add(end.match().circuitId());
            return this;
        }

        ResolverIndex build() {
            Map<String, Element> byName = new HashMap<>();
            Map<String, Element> byAddress = new HashMap<>();
            refs.forEach((id, ref) -> {
                Element element = freeze(ref, ends.getOrDefault(id, List.of()));
                if (ref.nmsName() != null) {
                    byName.put(ref.nmsName().toLowerCase(Locale.ROOT), element);
                }
                byName.put(ref.name().toLowerCase(Locale.ROOT), element);
                addresses.getOrDefault(id, List.of()).forEach(address -> byAddress.put(address, element));
            });
            return new ResolverIndex(byName, byAddress, circuits.size());
        }

        /**
         * Both ends of a circuit can sit on one element (two interfaces of a switch). A lookup by interface finds
         * one of them; the element-wide and VRF lists keep only the first, so no lookup has to de-duplicate.
         */
        private static Element freeze(NetworkElementRef ref, List<Placed> placed) {
            Map<Integer, List<IndexedEnd>> byIfIndex = new HashMap<>();
            Map<String, List<IndexedEnd>> byIfName = new HashMap<>();
            Map<String, List<IndexedEnd>> byVrf = new HashMap<>();
            List<IndexedEnd> all = new ArrayList<>(placed.size());
            Set<CircuitId> circuitsHere = new HashSet<>();
            for (Placed p : placed) {
                boolean firstEndHere = circuitsHere.add(p.end.match().circuitId());
                if (p.ifIndex != null) {
                    byIfIndex.computeIfAbsent(p.ifIndex, k -> new ArrayList<>()).add(p.end);
                }
                if (p.ifName != null) {
                    byIfName.computeIfAbsent(p.ifName.trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(p.end);
                }
                if (!firstEndHere) {
                    continue;
                }
                all.add(p.end);
                if (p.end.vrf() != null) {
                    byVrf.computeIfAbsent(p.end.vrf(), k -> new ArrayList<>()).add(p.end);
                }
            }
            return new Element(ref, buckets(byIfIndex), buckets(byIfName), buckets(byVrf), new Bucket(all));
        }

        private static <K> Map<K, Bucket> buckets(Map<K, List<IndexedEnd>> lists) {
            Map<K, Bucket> buckets = new HashMap<>(lists.size() * 2);
            lists.forEach((key, ends) -> buckets.put(key, new Bucket(ends)));
            return buckets;
        }
    }
}
