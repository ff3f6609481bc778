package io.kexiang.shared.web;

import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Text;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A period asked for as two days ({@code from=2026-12-01&to=2026-12-31}), both included: the ledgers', the
 * statistics' and the reports' one way to read it. Every problem is named at once (400).
 *
 * @param from the first day, or null when it may be left open
 * @param to the last day, or null when it may be left open
 */
public record DayRange(LocalDate from, LocalDate to) {

    /** Both days required. */
    public static DayRange of(String from, String to) {
        return parse(from, to, true);
    }

    /** Either day may be left out (open at that end). */
    public static DayRange open(String from, String to) {
        return parse(from, to, false);
    }

    /** The first moment of the period in the zone (null when open). */
    public Instant since(ZoneId zone) {
        return from == null ? null : from.atStartOfDay(zone).toInstant();
    }

    /** The first moment after the period in the zone (null when open). */
    public Instant until(ZoneId zone) {
        return to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static DayRange parse(String from, String to, boolean required) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate first = day("from", from, required, problems);
        LocalDate last = day("to", to, required, problems);
        if (first != null && last != null && last.isBefore(first)) {
            problems.add(FieldProblem.of("to", to, Text.of("ledger.toBeforeFrom")));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        return new DayRange(first, last);
    }

    private static LocalDate day(String field, String value, boolean required, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(FieldProblem.of(field, value, Text.of("problem.required")));
            }
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of(field, value, Text.of("ledger.day")));
            return null;
        }
    }
}
