package io.kexiang.inventory.circuit;

import io.kexiang.inventory.CircuitStatus;
import io.kexiang.inventory.CircuitType;
import io.kexiang.shared.ConflictException;
import io.kexiang.shared.NotFoundException;
import io.kexiang.shared.Text;
import io.kexiang.shared.csv.CsvImports;
import io.kexiang.shared.csv.ImportCounts;
import io.kexiang.shared.web.PageWindow;
import io.kexiang.shared.web.PathKeys;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/circuits}: staff read, administrators change; delete ceases. */
@RestController
@PreAuthorize("hasAuthority('STAFF')")
class CircuitController {

    private static final String PATH = "/api/v1/circuits";

    private final Circuits circuits;
    private final CircuitImport kind;
    private final CircuitWriter writer;
    private final CsvImports imports;
    private final CircuitPlaces places;

    CircuitController(Circuits circuits, CircuitImport kind, CircuitWriter writer, CsvImports imports,
            CircuitPlaces places) {
        this.circuits = circuits;
        this.kind = kind;
        this.writer = writer;
        this.imports = imports;
        this.places = places;
    }

    @GetMapping(PATH)
    @Transactional(readOnly = true)
    ResponseEntity<List<CircuitView>> list(@RequestParam(required = false) String circuitId,
            @RequestParam(required = false) String customerCode, @RequestParam(required = false) CircuitType type,
            @RequestParam(required = false) CircuitStatus status, @RequestParam(required = false) String ne,
            @RequestParam(required = false) Integer offset, @RequestParam(required = false) Integer limit) {
        var filter = CircuitFilters.matching(circuitId, customerCode, type, status, ne);
        Page<Circuit> page = circuits.findAll(filter, PageWindow.of(offset, limit).pageable(Sort.by("circuitId")));
        return PageWindow.respond(page, page.map(Circuit::view).getContent());
    }

    @GetMapping(PATH + "/{circuitId}")
    @Transactional(readOnly = true)
    CircuitView get(@PathVariable String circuitId) {
        return circuits.findByCircuitId(circuitId).orElseThrow(() -> new NotFoundException("circuit", circuitId))
                .view();
    }

    @PostMapping(PATH)
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<CircuitView> create(@Valid @RequestBody CircuitDraft draft) {
        if (circuits.findByCircuitId(draft.circuitId()).isPresent()) {
            throw new ConflictException(Text.of("problem.exists", Text.of("thing.circuit"), draft.circuitId()));
        }
        requireFreePlace(draft);
        imports.writeOne(kind, draft);
        return ResponseEntity.created(URI.create(PATH + "/" + draft.circuitId())).body(get(draft.circuitId()));
    }

    @PutMapping(PATH + "/{circuitId}")
    @PreAuthorize("hasRole('ADMIN')")
    CircuitView update(@PathVariable String circuitId, @Valid @RequestBody CircuitDraft draft) {
        PathKeys.requireSame("circuitId", circuitId, draft.circuitId());
        get(circuitId);
        requireFreePlace(draft);
        imports.writeOne(kind, draft);
        return get(circuitId);
    }

    /** A place another circuit holds is a conflict with that circuit (409), not a bad field. */
    private void requireFreePlace(CircuitDraft draft) {
        places.clashes(List.of(draft)).stream().findFirst().ifPresent(clash -> {
            throw new ConflictException(Text.of("inventory.placeHeldBy", clash.field(), clash.place(),
                    clash.heldBy()));
        });
    }

    @DeleteMapping(PATH + "/{circuitId}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> cease(@PathVariable String circuitId) {
        get(circuitId);
        writer.cease(circuitId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/api/v1/import/circuits", consumes = "text/csv")
    @PreAuthorize("hasRole('ADMIN')")
    ImportCounts importFile(@RequestBody byte[] body, @RequestParam(defaultValue = "false") boolean dryRun) {
        return imports.run(kind, body, dryRun);
    }
}
