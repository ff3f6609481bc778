package io.kexiang.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class CountdownTests {

    private static final Instant START = Instant.parse("2026-12-01T00:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2026-12-03T10:00:00Z"); // 58 h after the start

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void amberFromFourFifthsOfTheTimeGoneRedOnceItHasPassed() {
        assertThat(at("2026-12-02T22:23:00Z").state()).isEqualTo("ok"); // 46.38 h gone, under 46.4
        assertThat(at("2026-12-02T22:24:00Z").state()).isEqualTo("warning"); // exactly 80 %
        assertThat(at("2026-12-03T09:59:59Z").state()).isEqualTo("warning");
        assertThat(at("2026-12-03T10:00:00Z").state()).isEqualTo("breached");
        assertThat(new Countdown(START, null, START).state()).isEqualTo("none");
    }

    @Test
    void timeLeftShowsWholeDaysPastADayAndHowLateWhenLate() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(at("2026-12-01T00:00:00Z").left()).isEqualTo("2d 10:00");
        assertThat(at("2026-12-03T08:55:00Z").left()).isEqualTo("1:05");
        assertThat(at("2026-12-03T10:30:00Z").left()).isEqualTo("-0:30");
        assertThat(at("2026-12-04T12:00:00Z").left()).isEqualTo("-1d 2:00");
        assertThat(new Countdown(START, null, START).left()).isEmpty();
    }

    @Test
    void daysAreWordsOfThePagesLanguage() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(at("2026-12-01T00:00:00Z").left()).isEqualTo("2天 10:00");
        assertThat(at("2026-12-04T12:00:00Z").left()).isEqualTo("-1天 2:00");
    }

    private static Countdown at(String now) {
        return new Countdown(START, DEADLINE, Instant.parse(now));
    }
}
