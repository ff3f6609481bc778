package io.kexiang.identity.internal;

import io.kexiang.shared.csv.CsvImports;
import io.kexiang.shared.csv.ImportCounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@PreAuthorize("hasRole('ADMIN')")
class PeopleImportController {

    private final CsvImports imports;
    private final PeopleImport people;

    PeopleImportController(CsvImports imports, PeopleImport people) {
        this.imports = imports;
        this.people = people;
    }

    @PostMapping(path = "/api/v1/import/people", consumes = "text/csv")
    ImportCounts importPeople(@RequestBody byte[] body, @RequestParam(defaultValue = "false") boolean dryRun) {
        return imports.run(people, body, dryRun);
    }
}
