package io.kexiang.shared.database;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A WHERE clause built from optional filters, with its arguments in order: a filter left out of a search
 * (null or blank) adds nothing. Clauses are fixed SQL with a placeholder; only the values come from the caller.
 */
public final class Where {

    private final StringBuilder sql = new StringBuilder(" where true");
    private final List<Object> args = new ArrayList<>();

    public Where and(String clauseWithPlaceholder, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            sql.append(" and ").append(clauseWithPlaceholder);
            args.add(value);
        }
        return this;
    }

    public String sql() {
        return sql.toString();
    }

    public Object[] args(Object... more) {
        List<Object> all = new ArrayList<>(args);
        all.addAll(Arrays.asList(more));
        return all.toArray();
    }
}
