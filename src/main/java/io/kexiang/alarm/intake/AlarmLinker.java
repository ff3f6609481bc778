package io.kexiang.alarm.intake;

import io.kexiang.ingest.NormalisedEvent;
import io.kexiang.ingest.Resource;
import io.kexiang.inventory.CircuitMatch;
import io.kexiang.inventory.CircuitResolver;
import io.kexiang.inventory.ResolveQuery;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Finds the circuits an event hits, from the resolver's memory (no query per event). A root-cause event (the
 * element restarted) hits every circuit of the element; an event that names no place on it (an authentication
 * failure) hits none and stays an infrastructure alarm.
 */
@Component
class AlarmLinker {

    private final CircuitResolver resolver;

    AlarmLinker(CircuitResolver resolver) {
        this.resolver = resolver;
    }

    /** Every circuit on the element. */
    List<CircuitMatch> circuitsOf(String element) {
        return resolver.resolve(new ResolveQuery(element, element, null, null, null, null, null, null, null, null));
    }

    int interfaceCount(String element) {
        return resolver.interfaceCount(element);
    }

    List<CircuitMatch> circuits(NormalisedEvent event) {
        Resource at = event.resource();
        boolean placed = at.ifIndex() != null || at.ifName() != null || at.vrf() != null || at.e1Line() != null;
        if (!placed && !event.rootCause()) {
            return List.of();
        }
        String ne = event.networkElement();
        String address = ne == null ? event.originAddress() : null;
        return resolver.resolve(new ResolveQuery(ne, address, at.ifIndex(), at.ifName(), at.dlci(), at.vpi(),
                at.vci(), at.vrf(), at.e1Line(), null));
    }
}
