package io.kexiang.process.engine;

import io.kexiang.process.WorkingCalendar;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.TimeZone;
import org.flowable.common.engine.impl.history.HistoryLevel;
import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine on Kexiang's database and clock. Its tables come from Flyway (V28), so it only checks their version at
 * start-up ({@code flowable.database-schema-update: false}); people and groups are Kexiang's, so its IDM and
 * event-registry engines are off; history at {@code audit} keeps every task, who did it and when, which the
 * archive (已归档) and the statistics (流程统计) read.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({CalendarSettings.class, ProcessSettings.class})
class EngineConfiguration {

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> kexiangProcessEngine(Clock clock,
            @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone) {
        return engine -> {
            engine.setClock(new EngineClock(clock, TimeZone.getTimeZone(zone)));
            engine.setDatabaseSchemaUpdate("false");
            engine.setDisableIdmEngine(true);
            engine.setDisableEventRegistry(true);
            engine.setHistoryLevel(HistoryLevel.AUDIT);
        };
    }

    @Bean
    WorkingCalendar workingCalendar(CalendarSettings settings, @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone) {
        return new WorkingCalendar(new HashSet<>(settings.holidays()), new HashSet<>(settings.workedWeekendDays()),
                zone);
    }
}
