package io.kexiang.inventory.element;

import io.kexiang.inventory.NetworkElementRole;
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

/** {@code /api/v1/network-elements}: staff read, administrators change; delete ceases. */
@RestController
@PreAuthorize("hasAuthority('STAFF')")
class NetworkElementController {

    private static final String PATH = "/api/v1/network-elements";

    private final NetworkElements elements;
    private final NetworkElementImport kind;
    private final NetworkElementWriter writer;
    private final CsvImports imports;

    NetworkElementController(NetworkElements elements, NetworkElementImport kind, NetworkElementWriter writer,
            CsvImports imports) {
        this.elements = elements;
        this.kind = kind;
        this.writer = writer;
        this.imports = imports;
    }

    @GetMapping(PATH)
    @Transactional(readOnly = true)
    ResponseEntity<List<NetworkElementView>> list(@RequestParam(required = false) String name,
            @RequestParam(required = false) NetworkElementRole role, @RequestParam(required = false) String site,
            @RequestParam(required = false) String vendor, @RequestParam(required = false) String address,
            @RequestParam(required = false) String status, @RequestParam(required = false) Integer offset,
            @RequestParam(required = false) Integer limit) {
        var filter = NetworkElementFilters.matching(name, role, site, vendor, address, status);
        Page<NetworkElement> page = elements.findAll(filter, PageWindow.of(offset, limit).pageable(Sort.by("name")));
        return PageWindow.respond(page, page.map(NetworkElement::view).getContent());
    }

    @GetMapping(PATH + "/{name}")
    @Transactional(readOnly = true)
    NetworkElementView get(@PathVariable String name) {
        return elements.findByName(name).orElseThrow(() -> new NotFoundException("networkElement", name)).view();
    }

    @PostMapping(PATH)
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<NetworkElementView> create(@Valid @RequestBody NetworkElementDraft draft) {
        if (elements.findByName(draft.name()).isPresent()) {
            throw new ConflictException(Text.of("problem.exists", Text.of("thing.networkElement"), draft.name()));
        }
        imports.writeOne(kind, draft);
        return ResponseEntity.created(URI.create(PATH + "/" + draft.name())).body(get(draft.name()));
    }

    @PutMapping(PATH + "/{name}")
    @PreAuthorize("hasRole('ADMIN')")
    NetworkElementView update(@PathVariable String name, @Valid @RequestBody NetworkElementDraft draft) {
        PathKeys.requireSame("name", name, draft.name());
        get(name);
        imports.writeOne(kind, draft);
        return get(name);
    }

    @DeleteMapping(PATH + "/{name}")
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Void> cease(@PathVariable String name) {
        get(name);
        writer.cease(name);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/api/v1/import/network-elements", consumes = "text/csv")
    @PreAuthorize("hasRole('ADMIN')")
    ImportCounts importFile(@RequestBody byte[] body, @RequestParam(defaultValue = "false") boolean dryRun) {
        return imports.run(kind, body, dryRun);
    }
}
