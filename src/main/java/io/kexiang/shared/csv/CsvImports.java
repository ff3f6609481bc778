package io.kexiang.shared.csv;

import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Text;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs an import all-or-nothing: every row is read and checked first; one bad row refuses the file with every
 * problem listed (422) and changes nothing. A dry run writes inside a transaction that is rolled back, so it
 * reports exactly what the real run would do, database constraints included.
 */
@Component
public class CsvImports {

    private static final Logger log = LoggerFactory.getLogger(CsvImports.class);
    /** People before the customers they manage, elements and customers before the circuits between them. */
    private static final List<String> IMPORT_ORDER = List.of("people", "network-elements", "customers", "circuits");

    private final Validator validator;
    private final TransactionTemplate transactions;
    private final MeterRegistry meters;
    private final ObjectProvider<CsvImportKind<?>> kinds;

    CsvImports(Validator validator, TransactionTemplate transactions, MeterRegistry meters,
            ObjectProvider<CsvImportKind<?>> kinds) {
        this.validator = validator;
        this.transactions = transactions;
        this.meters = meters;
        this.kinds = kinds;
    }

    /** The kinds of file there are (people, network-elements, customers, circuits), in the order to load them. */
    public List<String> kinds() {
        List<String> names = kinds.orderedStream().map(CsvImportKind::name).toList();
        return IMPORT_ORDER.stream().filter(names::contains).toList();
    }

    /** Imports a file of the kind named, for a page that offers every kind (the console). */
    public ImportCounts run(String kind, byte[] body, boolean dryRun) {
        CsvImportKind<?> found = kinds.orderedStream().filter(each -> each.name().equals(kind)).findFirst()
                .orElseThrow(() -> InvalidInputException.badRequest(FieldProblem.of("kind", kind,
                        Text.oneOf(kinds()))));
        return run(found, body, dryRun);
    }

    public <D> ImportCounts run(CsvImportKind<D> kind, byte[] body, boolean dryRun) {
        CsvTable table = CsvTable.read(body, StandardCharsets.UTF_8, kind.requiredColumns(), kind.optionalColumns());
        DraftProblems problems = new DraftProblems();
        List<D> drafts = new ArrayList<>(table.rows().size());
        for (CsvRow row : table.rows()) {
            D draft = kind.parse(row, problems, drafts.size());
            validate(draft, drafts.size(), problems);
            drafts.add(draft);
        }
        kind.check(drafts, problems);
        if (!problems.isEmpty()) {
            count(kind, "refused", drafts.size());
            throw new InvalidInputException(422, Text.of("import.refused", Text.of("import.kind." + kind.name()),
                    problems.asFields().size()), problems.asCsv(table.rows()));
        }
        // The writers name the audit actor themselves, inside this transaction.
        ImportCounts counts = transactions.execute(status -> {
            ImportCounts written = kind.write(drafts);
            if (dryRun) {
                status.setRollbackOnly();
            }
            return written;
        });
        log.info("Imported {}: {} rows, {} created, {} updated{}", kind.name(), counts.rows(), counts.created(),
                counts.updated(), dryRun ? " (dry run, rolled back)" : "");
        if (!dryRun) {
            count(kind, "created", counts.created());
            count(kind, "updated", counts.updated());
        }
        return dryRun ? counts.asDryRun() : counts;
    }

    /**
     * A single draft (a REST body, a console form) goes through the same checks as a file row, Bean Validation
     * included (a REST body had it already; a draft made elsewhere had not); problems answer 400 under the draft's
     * field names.
     */
    public <D> ImportCounts writeOne(CsvImportKind<D> kind, D draft) {
        List<FieldProblem> problems = checkOne(kind, draft);
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        return transactions.execute(status -> kind.write(List.of(draft)));
    }

    /** The problems {@link #writeOne} would refuse the draft for, without writing it; empty when there are none. */
    public <D> List<FieldProblem> checkOne(CsvImportKind<D> kind, D draft) {
        DraftProblems problems = new DraftProblems();
        validate(draft, 0, problems);
        kind.check(List.of(draft), problems);
        return problems.isEmpty() ? List.of() : problems.asFields();
    }

    private void count(CsvImportKind<?> kind, String outcome, int rows) {
        meters.counter("kexiang.import.rows", "kind", kind.name(), "outcome", outcome).increment(rows);
    }

    /** Bean Validation on a draft, reported under its field path like any other problem. */
    public <D> void validate(D draft, int index, DraftProblems problems) {
        for (ConstraintViolation<D> violation : validator.validate(draft)) {
            // Bean Validation put the message in the request's language as it validated.
            problems.add(index, violation.getPropertyPath().toString(), violation.getInvalidValue(),
                    Text.localized(violation.getMessage()));
        }
    }
}
