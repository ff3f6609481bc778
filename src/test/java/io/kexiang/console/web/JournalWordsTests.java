package io.kexiang.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.console.ConsoleSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

class JournalWordsTests {

    private final JournalWords words = new JournalWords(messages(), new ConsoleTimes(new ConsoleSettings(
            ZoneId.of("Asia/Shanghai"), Duration.ofSeconds(1), 100)), new ObjectMapper());

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aStatusChangeReadsAsItsTwoEndsThenItsReasonInThePagesLanguage() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(words.action("status")).isEqualTo("status");
        assertThat(words.detail("{\"to\":\"held\",\"from\":\"inProgress\",\"reason\":\"door locked\"}"))
                .isEqualTo("In progress → On hold; reason: door locked");
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(words.detail(Map.of("from", "major", "to", "critical"))).isEqualTo("主要 → 严重");
    }

    @Test
    void aCountAndAListOfTheSameFieldAreNamedApartAndTimesAreTheCentres() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(words.detail(Map.of("circuits", 3))).isEqualTo("电路数：3");
        assertThat(words.detail(Map.of("circuits", List.of("DDN-1", "DDN-2")))).isEqualTo("电路：DDN-1、DDN-2");
        assertThat(words.detail(Map.of("alarmClearedTime", "2026-12-03T20:16:05.351018Z")))
                .isEqualTo("清除时间：2026-12-04 04:16:05");
    }

    @Test
    void whatHasNoWordsIsShownAsItIsSoNothingIsHidden() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(words.action("somethingNew")).isEqualTo("somethingNew");
        assertThat(words.actor("kexiang")).isEqualTo("系统");
        assertThat(words.actor("u1AO2XHFJG")).isEqualTo("u1AO2XHFJG");
        assertThat(words.detail("{\"vendorField\":\"x\",\"confirmed\":false}")).isEqualTo("vendorField：x；客户确认恢复：否");
        assertThat(words.detail("not json")).isEqualTo("detail：not json");
        assertThat(words.detail(null)).isEmpty();
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
