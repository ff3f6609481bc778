package io.kexiang.inventory;

import io.kexiang.shared.csv.CsvImportKind;
import io.kexiang.shared.csv.CsvImports;
import io.kexiang.shared.csv.DemoData;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Profile {@code demo}: a realistic inventory (Tianjin PEs, ATM, frame-relay and DDN nodes, group customers of
 * every tier, circuits of every kind), loaded through the real import on first start only.
 */
@Component
@Profile("demo")
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class DemoInventory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoInventory.class);

    private final JdbcTemplate jdbc;
    private final CsvImports imports;
    private final List<CsvImportKind<?>> kinds;

    DemoInventory(JdbcTemplate jdbc, CsvImports imports, List<CsvImportKind<?>> kinds) {
        this.jdbc = jdbc;
        this.imports = imports;
        this.kinds = kinds;
    }

    @Override
    public void run(ApplicationArguments args) {
        Long circuits = jdbc.queryForObject("select count(*) from circuit", Long.class);
        if (circuits != null && circuits > 0) {
            return;
        }
        for (String name : List.of("network-elements", "customers", "circuits")) {
            imports.run(kind(name), DemoData.file(name + ".csv"), false);
        }
        log.info("Demo inventory loaded");
    }

    @SuppressWarnings("unchecked")
    private CsvImportKind<Object> kind(String name) {
        return (CsvImportKind<Object>) kinds.stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow();
    }
}
