package io.kexiang.shared.database;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;

/**
 * "Contains" filters: the user's text is matched as written, so {@code name=%} finds names with a percent sign,
 * not every row ({@code %}, {@code _} and the escape character itself are escaped).
 */
public final class Like {

    private static final char ESCAPE = '\\';

    private Like() {
    }

    public static Predicate contains(CriteriaBuilder cb, Expression<String> field, String text) {
        return cb.like(field, "%" + escape(text.trim()) + "%", ESCAPE);
    }

    /** Case-insensitive. */
    public static Predicate containsIgnoringCase(CriteriaBuilder cb, Expression<String> field, String text) {
        return cb.like(cb.lower(field), "%" + escape(text.trim().toLowerCase()) + "%", ESCAPE);
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c == '%' || c == '_' || c == ESCAPE) {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
