package io.kexiang.console.cutovers;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A day of the cutover calendar and the windows open on it (a window over midnight shows on both days).
 *
 * @param outside the day belongs to the month before or after the one shown
 */
public record CalendarDay(LocalDate date, boolean outside, List<Map<String, Object>> windows) {

    static CalendarDay of(LocalDate date, ZoneId zone, List<Map<String, Object>> windows, Month shown) {
        Instant start = date.atStartOfDay(zone).toInstant();
        Instant end = date.plusDays(1).atStartOfDay(zone).toInstant();
        List<Map<String, Object>> on = windows.stream().filter(window -> ((Instant) window.get("windowStart"))
                .isBefore(end) && ((Instant) window.get("windowEnd")).isAfter(start)).toList();
        return new CalendarDay(date, shown != null && date.getMonth() != shown, on);
    }
}
