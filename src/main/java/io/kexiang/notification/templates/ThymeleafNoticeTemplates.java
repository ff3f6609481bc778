package io.kexiang.notification.templates;

import io.kexiang.notification.NoticeTemplates;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/** Thymeleaf in text mode: {@code [(${plan.title})]}, {@code [# th:each="c : ${circuits}"]…[/]}. */
@Component
class ThymeleafNoticeTemplates implements NoticeTemplates {

    private final TemplateEngine engine = new TemplateEngine();

    ThymeleafNoticeTemplates(@Value("${kexiang.notification.templates:}") String folder) {
        if (!folder.isBlank()) {
            FileTemplateResolver edited = new FileTemplateResolver();
            edited.setPrefix(folder.endsWith("/") ? folder : folder + "/");
            edited.setTemplateMode(TemplateMode.TEXT);
            edited.setCharacterEncoding("UTF-8");
            edited.setCheckExistence(true);
            edited.setOrder(1);
            engine.addTemplateResolver(edited);
        }
        ClassLoaderTemplateResolver shipped = new ClassLoaderTemplateResolver();
        shipped.setPrefix("notices/");
        shipped.setTemplateMode(TemplateMode.TEXT);
        shipped.setCharacterEncoding("UTF-8");
        shipped.setOrder(2);
        engine.addTemplateResolver(shipped);
    }

    @Override
    public Rendered render(String template, String language, Map<String, Object> variables) {
        Context context = new Context();
        context.setVariables(variables);
        String text = engine.process(template + "." + language + ".txt", context);
        int end = text.indexOf('\n');
        if (end < 0) {
            return new Rendered(text.strip(), "");
        }
        return new Rendered(text.substring(0, end).strip(), text.substring(end + 1).strip() + "\n");
    }
}
