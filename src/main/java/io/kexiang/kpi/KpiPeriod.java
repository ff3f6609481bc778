package io.kexiang.kpi;

import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Text;
import io.kexiang.shared.web.DayRange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days a figure covers, both included, in the centre's zone: a month ({@code 2026-11}), a quarter
 * ({@code 2026-Q4}), a year ({@code 2026}) or any range of days.
 */
public record KpiPeriod(String label, LocalDate first, LocalDate last) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    /**
     * {@code period} when given, else the days {@code from}–{@code to}; neither: the month so far.
     *
     * @throws InvalidInputException naming {@code period}, {@code from} or {@code to}
     */
    public static KpiPeriod of(String period, String from, String to, LocalDate today) {
        if (period != null && !period.isBlank()) {
            return parse(period.trim());
        }
        if ((from == null || from.isBlank()) && (to == null || to.isBlank())) {
            return month(YearMonth.from(today));
        }
        DayRange days = DayRange.of(from, to);
        return new KpiPeriod(days.from() + "~" + days.to(), days.from(), days.to());
    }

    public static KpiPeriod month(YearMonth month) {
        return new KpiPeriod(month.toString(), month.atDay(1), month.atEndOfMonth());
    }

    public static KpiPeriod quarter(int year, int quarter) {
        YearMonth first = YearMonth.of(year, quarter * 3 - 2);
        return new KpiPeriod(year + "-Q" + quarter, first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    private static KpiPeriod parse(String period) {
        Matcher month = MONTH.matcher(period);
        if (month.matches() && Integer.parseInt(month.group(2)) >= 1 && Integer.parseInt(month.group(2)) <= 12) {
            return month(YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2))));
        }
        Matcher quarter = QUARTER.matcher(period);
        if (quarter.matches()) {
            return quarter(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)));
        }
        if (YEAR.matcher(period).matches()) {
            int year = Integer.parseInt(period);
            return new KpiPeriod(period, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        throw InvalidInputException.badRequest(FieldProblem.of("period", period, Text.of("kpi.period")));
    }

    public Instant since(ZoneId zone) {
        return first.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    public Instant until(ZoneId zone) {
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
