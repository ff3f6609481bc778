package io.kexiang.process;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Working days (工作日): Monday to Friday, less the public holidays, plus the weekend days worked in exchange
 * (调休上班), in the centre's zone. A time limit declared in working days counts only the hours of working days: a
 * request received on Saturday starts counting on Monday at midnight, and 2 working days from Wednesday 15:00 before
 * the National Day week end on the Friday after it at 15:00.
 */
public final class WorkingCalendar {

    /** Nothing is declared this far ahead; a limit that would run past it is a mistake, not a long wait. */
    private static final int MAX_DAYS_SCANNED = 3660;

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workedWeekendDays;
    private final ZoneId zone;

    public WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> workedWeekendDays, ZoneId zone) {
        Set<LocalDate> both = new TreeSet<>(holidays);
        both.retainAll(workedWeekendDays);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("A day cannot be both a holiday and a working day: " + both);
        }
        this.holidays = Set.copyOf(new HashSet<>(holidays));
        this.workedWeekendDays = Set.copyOf(new HashSet<>(workedWeekendDays));
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isWorkingDay(LocalDate day) {
        if (holidays.contains(day)) {
            return false;
        }
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        return !weekend || workedWeekendDays.contains(day);
    }

    /** The moment {@code working} of working time after {@code start}: a day is 24 hours of a working day. */
    public Instant plus(Instant start, Duration working) {
        if (working.isNegative()) {
            throw new IllegalArgumentException("A time limit cannot be negative: " + working);
        }
        ZonedDateTime at = start.atZone(zone);
        Duration remaining = working;
        for (int scanned = 0; scanned < MAX_DAYS_SCANNED; scanned++) {
            ZonedDateTime midnight = at.toLocalDate().plusDays(1).atStartOfDay(zone);
            if (isWorkingDay(at.toLocalDate())) {
                Duration leftToday = Duration.between(at, midnight);
                if (remaining.compareTo(leftToday) <= 0) {
                    return at.plus(remaining).toInstant();
                }
                remaining = remaining.minus(leftToday);
            }
            at = midnight;
        }
        throw new IllegalArgumentException("No end within ten years of " + start + " for " + working);
    }

    /** The working time between two moments (zero when {@code to} is not after {@code from}). */
    public Duration between(Instant from, Instant to) {
        Duration working = Duration.ZERO;
        ZonedDateTime at = from.atZone(zone);
        ZonedDateTime end = to.atZone(zone);
        while (at.isBefore(end)) {
            ZonedDateTime midnight = at.toLocalDate().plusDays(1).atStartOfDay(zone);
            ZonedDateTime stop = midnight.isBefore(end) ? midnight : end;
            if (isWorkingDay(at.toLocalDate())) {
                working = working.plus(Duration.between(at, stop));
            }
            at = stop;
        }
        return working;
    }
}
