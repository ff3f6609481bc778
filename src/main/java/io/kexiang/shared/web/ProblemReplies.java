package io.kexiang.shared.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.Text;
import io.kexiang.shared.Texts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * How Kexiang spells an RFC 9457 problem detail, for the advice and for the servlet filters alike, in one language:
 * the one the caller's {@code Accept-Language} asks for among those Kexiang speaks, else the default
 * ({@code spring.web.locale}, zh-CN). Titles, details and each field's reason come from the same catalogue.
 */
@Component
public class ProblemReplies {

    /** A field's problem as answered: its reason in the reply's language. */
    public record FieldError(Integer line, String field, String value, String reason) {
    }

    private final Texts texts;
    private final LocaleResolver locales;
    private final ObjectMapper json;

    ProblemReplies(Texts texts, LocaleResolver localeResolver, ObjectMapper json) {
        this.texts = texts;
        this.locales = localeResolver;
        this.json = json;
    }

    public Locale locale(HttpServletRequest request) {
        return locales.resolveLocale(request);
    }

    public String say(Text text, Locale locale) {
        return texts.say(text, locale);
    }

    public ProblemDetail of(HttpStatus status, Text title, Text detail, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, say(detail, locale));
        problem.setTitle(say(title, locale));
        return problem;
    }

    public ProblemDetail withErrors(HttpStatus status, Text title, Text detail, List<FieldProblem> errors,
            Locale locale) {
        ProblemDetail problem = of(status, title, detail, locale);
        problem.setProperty("errors", errors.stream().map(error -> new FieldError(error.line(), error.field(),
                error.value(), say(error.reason(), locale))).toList());
        return problem;
    }

    /**
     * Answers from a servlet filter (security, limits, the database's availability), where no controller advice
     * reaches, in the language the request asks for.
     */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, Text title,
            Text detail) throws IOException {
        write(request, response, of(status, title, detail, locale(request)));
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setHeader("Content-Language", locale(request).toLanguageTag());
        json.writeValue(response.getOutputStream(), problem);
    }
}
