package io.kexiang.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTests {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    // 2026's National Day: 1–7 October off, Sunday 20 September and Saturday 10 October worked (调休).
    private final WorkingCalendar calendar = new WorkingCalendar(
            Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
                    LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7)),
            Set.of(LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10)), SHANGHAI);

    @Test
    void weekdaysWorkWeekendsDoNotHolidaysDoNotAndMakeUpDaysDo() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 18))).as("a Friday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 19))).as("a Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 9, 20))).as("a Sunday worked for the holiday").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).as("National Day").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).as("a Saturday worked").isTrue();
    }

    @Test
    void workingDaysSkipWeekendsAndKeepTheTimeOfDay() {
        // Friday 10:00 + 1 working day = Monday 10:00.
        assertThat(calendar.plus(at(2026, 9, 11, 10), Duration.ofDays(1))).isEqualTo(at(2026, 9, 14, 10));
        // Tuesday 10:00 + 2 working days = Thursday 10:00.
        assertThat(calendar.plus(at(2026, 9, 15, 10), Duration.ofDays(2))).isEqualTo(at(2026, 9, 17, 10));
    }

    @Test
    void aHolidayWeekIsSkippedAndItsMakeUpDaysCount() {
        // Wednesday 30 September 15:00 + 2 working days: 1–7 October off, so Friday 9 October 15:00.
        assertThat(calendar.plus(at(2026, 9, 30, 15), Duration.ofDays(2))).isEqualTo(at(2026, 10, 9, 15));
        // Friday 9 October 15:00 + 1 working day: Saturday 10 October is worked.
        assertThat(calendar.plus(at(2026, 10, 9, 15), Duration.ofDays(1))).isEqualTo(at(2026, 10, 10, 15));
    }

    @Test
    void workStartedOnADayOffCountsFromTheNextWorkingDay() {
        assertThat(calendar.plus(at(2026, 9, 12, 10), Duration.ofDays(1))).as("Saturday + 1 = the end of Monday")
                .isEqualTo(at(2026, 9, 15, 0));
        assertThat(calendar.plus(at(2026, 10, 3, 10), Duration.ofHours(4))).isEqualTo(at(2026, 10, 8, 4));
    }

    @Test
    void hoursCountOnlyOnWorkingDays() {
        // Friday 22:00 + 4 h: two hours on Friday, two on Monday.
        assertThat(calendar.plus(at(2026, 9, 11, 22), Duration.ofHours(4))).isEqualTo(at(2026, 9, 14, 2));
        assertThat(calendar.between(at(2026, 9, 11, 22), at(2026, 9, 14, 2))).isEqualTo(Duration.ofHours(4));
        assertThat(calendar.between(at(2026, 9, 30, 12), at(2026, 10, 8, 12))).isEqualTo(Duration.ofDays(1));
    }

    @Test
    void aShareOfAWorkingTimeIsAShareOfTheWorkingHours() {
        // 80 % of 5 working days from Friday 09:00 is 4 working days: Thursday 09:00.
        Instant start = at(2026, 9, 11, 9);
        assertThat(calendar.plus(start, Duration.ofDays(5).multipliedBy(8).dividedBy(10)))
                .isEqualTo(at(2026, 9, 17, 9));
    }

    @Test
    void aDateCannotBeBothAHolidayAndAWorkingDay() {
        LocalDate day = LocalDate.of(2026, 10, 1);
        assertThatThrownBy(() -> new WorkingCalendar(Set.of(day), Set.of(day), SHANGHAI))
                .hasMessageContaining("2026-10-01");
    }

    private static Instant at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(SHANGHAI).toInstant();
    }
}
