package io.kexiang.cutover.impact;

import io.kexiang.cutover.CutoverDraft;
import io.kexiang.cutover.plan.AffectedCircuit;
import io.kexiang.cutover.plan.Impact;
import io.kexiang.inventory.AccountManagerRef;
import io.kexiang.inventory.CircuitMatch;
import io.kexiang.inventory.CircuitOwner;
import io.kexiang.inventory.CircuitResolver;
import io.kexiang.inventory.CustomerDirectory;
import io.kexiang.inventory.NetworkElementRef;
import io.kexiang.inventory.ResolveQuery;
import io.kexiang.shared.Blank;
import io.kexiang.shared.CircuitId;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Text;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Scope → circuits → group customers → account managers. Elements and interfaces are looked up in the resolver's
 * memory, so a preview costs no more for a PE with 2,000 circuits than for one circuit. A scope naming something
 * the inventory does not know is refused, every unknown named at once.
 */
@Component
public class ImpactAnalysis {

    private final CircuitResolver resolver;
    private final CustomerDirectory customers;

    ImpactAnalysis(CircuitResolver resolver, CustomerDirectory customers) {
        this.resolver = resolver;
        this.customers = customers;
    }

    /** The scope with element names as the inventory spells them, and what it hits. */
    public Impact analyse(CutoverDraft draft) {
        List<FieldProblem> problems = new ArrayList<>();
        List<CutoverDraft.Scope> scope = new ArrayList<>();
        Map<String, AffectedCircuit> hit = new LinkedHashMap<>();
        Map<String, CutoverDraft.ExpectedImpact> expected = new LinkedHashMap<>();
        draft.expected().forEach(each -> expected.put(each.circuitId(), each));
        for (int i = 0; i < draft.scope().size(); i++) {
            CutoverDraft.Scope item = draft.scope().get(i);
            String field = "scope[" + i + "]";
            if (item.circuitId() != null && !item.circuitId().isBlank()) {
                scope.add(new CutoverDraft.Scope(null, null, item.circuitId()));
                customers.circuit(CircuitId.of(item.circuitId())).ifPresentOrElse(owner -> hit.putIfAbsent(
                        owner.circuitId().value(),
                        affected(owner, expected)), () -> problems.add(FieldProblem.of(field + ".circuitId",
                        item.circuitId(), Text.noSuch("circuit"))));
            } else if (item.networkElement() != null && !item.networkElement().isBlank()) {
                resolver.networkElement(item.networkElement()).map(NetworkElementRef::name).ifPresentOrElse(ne -> {
                    scope.add(new CutoverDraft.Scope(ne, Blank.toNull(item.networkInterface()), null));
                    List<CircuitMatch> there = resolver.resolve(query(ne, item.networkInterface()));
                    if (there.isEmpty() && Blank.toNull(item.networkInterface()) != null) {
                        // The inventory knows an element's interfaces by the circuits on them.
                        problems.add(FieldProblem.of(field + ".networkInterface", item.networkInterface(),
                                Text.of("cutover.noCircuitOnInterface", ne)));
                    }
                    there.forEach(match -> hit.putIfAbsent(match.circuitId().value(), affected(match, expected)));
                }, () -> problems.add(FieldProblem.of(field + ".networkElement", item.networkElement(),
                        Text.noSuch("networkElement"))));
            } else {
                problems.add(FieldProblem.of(field, null, Text.of("cutover.scopeItem")));
            }
        }
        for (String circuit : expected.keySet()) {
            if (!hit.containsKey(circuit)) {
                problems.add(FieldProblem.of("expectedImpact", circuit, Text.of("cutover.notInScope")));
            }
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        return new Impact(scope, List.copyOf(hit.values()));
    }

    private static ResolveQuery query(String ne, String networkInterface) {
        String name = Blank.toNull(networkInterface);
        Integer ifIndex = name != null && name.chars().allMatch(Character::isDigit) ? Integer.valueOf(name) : null;
        return new ResolveQuery(ne, ne, ifIndex, ifIndex == null ? name : null, null, null, null, null, null, null);
    }

    private static AffectedCircuit affected(CircuitMatch match, Map<String, CutoverDraft.ExpectedImpact> expected) {
        return affected(match.circuitId().value(), match.type().name(), match.customerCode().value(),
                match.customerName(), match.tier().name(), match.accountManager(), expected);
    }

    private static AffectedCircuit affected(CircuitOwner owner, Map<String, CutoverDraft.ExpectedImpact> expected) {
        return affected(owner.circuitId().value(), owner.type().name(), owner.customerCode().value(),
                owner.customerName(), owner.tier().name(), owner.accountManager(), expected);
    }

    private static AffectedCircuit affected(String circuit, String type, String customer, String customerName,
            String tier, AccountManagerRef manager, Map<String, CutoverDraft.ExpectedImpact> expected) {
        CutoverDraft.ExpectedImpact impact = expected.get(circuit);
        return new AffectedCircuit(circuit, type, customer, customerName, tier,
                manager == null ? null : manager.employeeId(), manager == null ? null : manager.name(),
                impact == null ? "interruption" : impact.impact(), impact == null ? null : impact.durationMinutes());
    }


    /** The scope as stored, and the circuits it hits. */
}
