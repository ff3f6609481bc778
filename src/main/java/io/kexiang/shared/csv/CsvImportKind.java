package io.kexiang.shared.csv;

import java.util.List;
import java.util.Set;

/**
 * One kind of record that can be imported from CSV: how a row becomes a draft, how drafts are checked against
 * each other and the database, and how they are written (upsert by natural key).
 */
public interface CsvImportKind<D> {

    String name();

    Set<String> requiredColumns();

    Set<String> optionalColumns();

    /** Cell-level reading; type errors go to {@code problems} under the column name. */
    D parse(CsvRow row, DraftProblems problems, int index);

    /**
     * Rules that need the whole file or the database: references, duplicates, kind-specific identifiers. Runs
     * even when some cells could not be read (they are null), so that one pass reports every problem.
     */
    void check(List<D> drafts, DraftProblems problems);

    ImportCounts write(List<D> drafts);
}
