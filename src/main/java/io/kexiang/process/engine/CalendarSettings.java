package io.kexiang.process.engine;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kexiang.calendar}: the public holidays (法定节假日) and the weekend days worked in exchange (调休上班), as
 * the State Council publishes them each year. Every time limit declared in working days counts on them.
 */
@ConfigurationProperties("kexiang.calendar")
record CalendarSettings(List<LocalDate> holidays, List<LocalDate> workedWeekendDays) {

    CalendarSettings {
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        workedWeekendDays = workedWeekendDays == null ? List.of() : List.copyOf(workedWeekendDays);
    }
}
