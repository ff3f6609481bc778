package io.kexiang.inventory.circuit;

import io.kexiang.inventory.CircuitProvisioning;
import io.kexiang.inventory.CircuitStatus;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.csv.CsvImports;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Circuits written by completed orders: a draft like any other, checked and written the one way circuits are. */
@Component
class OrderedCircuits implements CircuitProvisioning {

    private final CsvImports imports;
    private final CircuitImport kind;
    private final CircuitPlaces places;
    private final CircuitWriter writer;
    private final Circuits circuits;

    OrderedCircuits(CsvImports imports, CircuitImport kind, CircuitPlaces places, CircuitWriter writer,
            Circuits circuits) {
        this.imports = imports;
        this.kind = kind;
        this.places = places;
        this.writer = writer;
        this.circuits = circuits;
    }

    @Override
    public List<FieldProblem> problems(NewCircuit circuit) {
        CircuitDraft draft = draft(circuit);
        List<FieldProblem> problems = new ArrayList<>(imports.checkOne(kind, draft));
        places.clashes(List.of(draft)).forEach(clash -> problems.add(FieldProblem.of(clash.field(), clash.place(),
                io.kexiang.shared.Text.of("inventory.placeHeldBy", clash.field(), clash.place(), clash.heldBy()))));
        return problems;
    }

    @Override
    public void provision(NewCircuit circuit) {
        List<FieldProblem> problems = problems(circuit);
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        imports.writeOne(kind, draft(circuit));
    }

    @Override
    public boolean cease(String circuitId) {
        if (circuits.findByCircuitId(circuitId).isEmpty()) {
            return false;
        }
        writer.cease(circuitId);
        return true;
    }

    private static CircuitDraft draft(NewCircuit circuit) {
        return new CircuitDraft(circuit.circuitId(), circuit.customerCode(), circuit.type(), circuit.bandwidthKbps(),
                CircuitStatus.IN_SERVICE, end(circuit.aEnd()), end(circuit.zEnd()), circuit.dlci(), circuit.vpi(),
                circuit.vci(), circuit.vrf(), circuit.routeDistinguisher(), circuit.e1Line(), circuit.timeslots());
    }

    private static EndDraft end(NewCircuit.End end) {
        return end == null ? null : new EndDraft(end.ne(), end.ifIndex(), end.ifName());
    }
}
