package io.kexiang.shared.csv;

import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Problems found in a list of drafts, each tied to the draft's position. The same checks serve a REST body (one
 * draft, fields by JSON name) and a CSV file (many drafts, reported by line and column).
 */
public final class DraftProblems {

    private record Found(int index, String field, Object value, Text reason) {
    }

    private final List<Found> found = new ArrayList<>();
    private final Set<String> fieldsWithAProblem = new HashSet<>();

    /**
     * The first problem of a field is the one reported: a value the parser could not read is not also "missing"
     * to Bean Validation.
     */
    public void add(int index, String field, Object value, Text reason) {
        if (fieldsWithAProblem.add(index + "\u0000" + field)) {
            found.add(new Found(index, field, value, reason));
        }
    }

    /** Each draft's natural key once per file; a repeat is reported on the later row. Null keys are left alone. */
    public <D> void requireUnique(List<D> drafts, Function<D, String> key, String field) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            String value = key.apply(drafts.get(i));
            if (value != null && !seen.add(value)) {
                add(i, field, value, Text.of("import.twiceInFile"));
            }
        }
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<FieldProblem> asFields() {
        return found.stream().map(f -> FieldProblem.of(f.field, f.value, f.reason)).toList();
    }

    public List<FieldProblem> asCsv(List<CsvRow> rows) {
        List<FieldProblem> problems = new ArrayList<>();
        for (Found f : found) {
            String value = f.value == null ? null : String.valueOf(f.value);
            problems.add(new FieldProblem(rows.get(f.index).line(), column(f.field), value, f.reason));
        }
        problems.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return problems;
    }

    /** JSON field to CSV column: {@code aEnd.ifIndex} → {@code a_if_index}, {@code customerCode} → {@code customer_code}. */
    static String column(String field) {
        String flat = field.replaceAll("^([az])End\\.", "$1_");
        StringBuilder column = new StringBuilder();
        for (char c : flat.toCharArray()) {
            if (Character.isUpperCase(c)) {
                column.append('_').append(Character.toLowerCase(c));
            } else {
                column.append(c);
            }
        }
        return column.toString().toLowerCase(Locale.ROOT).replaceAll("\\[\\d+]", "");
    }
}
