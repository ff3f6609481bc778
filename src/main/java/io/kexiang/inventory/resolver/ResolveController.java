package io.kexiang.inventory.resolver;

import io.kexiang.inventory.CircuitMatch;
import io.kexiang.inventory.CircuitResolver;
import io.kexiang.inventory.NetworkElementRef;
import io.kexiang.inventory.ResolveQuery;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.NotFoundException;
import io.kexiang.shared.Text;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/resolve?ne=…&ifIndex=…&dlci=…}: which circuits, customers and account managers are at a
 * place in the network. {@code ne} is a name, an NMS name or a management address.
 */
@RestController
class ResolveController {

    record Resolution(NetworkElementRef networkElement, List<CircuitMatch> circuits) {
    }

    private final CircuitResolver resolver;

    ResolveController(CircuitResolver resolver) {
        this.resolver = resolver;
    }

    @GetMapping("/api/v1/resolve")
    Resolution resolve(ResolveQuery query) {
        String element = query.ne() != null ? query.ne() : query.address();
        if (element == null || element.isBlank()) {
            throw InvalidInputException.badRequest(List.of(FieldProblem.of("ne", null,
                    Text.of("inventory.resolveNeRequired"))));
        }
        NetworkElementRef ne = resolver.networkElement(element)
                .orElseThrow(() -> new NotFoundException("networkElement", element));
        ResolveQuery byName = new ResolveQuery(ne.name(), null, query.ifIndex(), query.ifName(), query.dlci(),
                query.vpi(), query.vci(), query.vrf(), query.e1Line(), query.timeslot());
        return new Resolution(ne, resolver.resolve(byName));
    }
}
