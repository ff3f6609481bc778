package io.kexiang.console.alarms;

import static org.assertj.core.api.Assertions.assertThat;

import io.kexiang.alarm.BoardRow;
import io.kexiang.console.ConsoleSettings;
import io.kexiang.console.web.ConsoleTimes;
import io.kexiang.shared.AlarmId;
import io.kexiang.shared.CircuitId;
import io.kexiang.shared.CustomerCode;
import java.lang.reflect.Constructor;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresource.ITemplateResource;

class RowHtmlTests {

    private static final Instant RAISED = Instant.parse("2026-12-02T08:00:00Z");

    private final AtomicInteger renders = new AtomicInteger();
    private final RowHtml html = new RowHtml(engine(), times());

    /** A repeat moves the count alone: its row is not rendered again, and says its own count. */
    @Test
    void aRowIsRenderedOnceWhateverItsCount() {
        String first = html.of(row(3, false), Locale.SIMPLIFIED_CHINESE);
        String repeated = html.of(row(41, false), Locale.SIMPLIFIED_CHINESE);

        assertThat(renders.get()).isEqualTo(1);
        assertThat(first).contains("<td class=\"num count\">3</td>").doesNotContain("-2147483648");
        assertThat(repeated).contains("<td class=\"num count\">41</td>").doesNotContain("-2147483648");
        assertThat(repeated.replace(">41<", ">3<")).isEqualTo(first);
    }

    @Test
    void aRowChangedBeyondItsCountIsRenderedAfresh() {
        html.of(row(3, false), Locale.SIMPLIFIED_CHINESE);
        String acknowledged = html.of(row(3, true), Locale.SIMPLIFIED_CHINESE);

        assertThat(renders.get()).isEqualTo(2);
        assertThat(acknowledged).contains("acked", "<td class=\"num count\">3</td>");
    }

    /** A template engine that counts its renders: its template, never cached, is looked up on every render. */
    private TemplateEngine engine() {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver() {
            @Override
            protected ITemplateResource computeTemplateResource(IEngineConfiguration configuration,
                    String ownerTemplate, String template, String resourceName, String characterEncoding,
                    Map<String, Object> templateResolutionAttributes) {
                renders.incrementAndGet();
                return super.computeTemplateResource(configuration, ownerTemplate, template, resourceName,
                        characterEncoding, templateResolutionAttributes);
            }
        };
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        templates.setCacheable(false);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(templates);
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }

    private static ConsoleTimes times() {
        try {
            Constructor<ConsoleTimes> made = ConsoleTimes.class.getDeclaredConstructor(ConsoleSettings.class);
            made.setAccessible(true);
            return made.newInstance(new ConsoleSettings(ZoneId.of("Asia/Shanghai"), Duration.ofSeconds(1), 100));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BoardRow row(int occurrences, boolean acknowledged) {
        return new BoardRow(AlarmId.of(7), "critical", "raised", RAISED, RAISED.plusSeconds(occurrences), "PE1",
                "PE1/ifIndex=5", "lossOfSignal", "linkDown",
                List.of(new BoardRow.Customer(CustomerCode.of("TJ-C0001"), "天津港", "AAA")),
                List.of(CircuitId.of("DDN-1")), List.of("张三"), occurrences, acknowledged, acknowledged ? "u1" : null,
                false, false, true, false, 0, null);
    }
}
