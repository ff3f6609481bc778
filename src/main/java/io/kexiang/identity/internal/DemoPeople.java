package io.kexiang.identity.internal;

import io.kexiang.shared.csv.CsvImports;
import io.kexiang.shared.csv.DemoData;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Profile {@code demo}: the centre's staff, on first start only (when 'admin' is the only person). */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoPeople implements ApplicationRunner {

    private final People people;
    private final CsvImports imports;
    private final PeopleImport kind;

    DemoPeople(People people, CsvImports imports, PeopleImport kind) {
        this.people = people;
        this.imports = imports;
        this.kind = kind;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (people.count() <= 1) {
            imports.run(kind, DemoData.file("people.csv"), false);
        }
    }
}
