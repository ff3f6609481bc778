package io.kexiang.shared.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.kexiang.shared.ConflictException;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.ForbiddenException;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.NotFoundException;
import io.kexiang.shared.RefusedException;
import io.kexiang.shared.Text;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error leaves as an RFC 9457 problem detail in the reply's language; invalid input lists each bad field under
 * {@code errors}. Spring's own errors (405, 415 …) take their title and detail from the same catalogue
 * ({@code problemDetail.*} codes).
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final ProblemReplies replies;

    ProblemDetailsAdvice(ProblemReplies replies) {
        this.replies = replies;
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        return reply(HttpStatus.NOT_FOUND, "problem.title.notFound", e.text());
    }

    @ExceptionHandler
    ProblemDetail conflict(ConflictException e) {
        return reply(HttpStatus.CONFLICT, "problem.title.conflict", e.text());
    }

    @ExceptionHandler
    ProblemDetail forbidden(ForbiddenException e) {
        return reply(HttpStatus.FORBIDDEN, "problem.title.forbidden", e.text());
    }

    @ExceptionHandler
    ProblemDetail refused(RefusedException e) {
        return reply(HttpStatus.valueOf(e.status()), "problem.title." + e.status(), e.text());
    }

    @ExceptionHandler
    ProblemDetail invalidInput(InvalidInputException e) {
        return replies.withErrors(HttpStatus.valueOf(e.status()), Text.of("problem.title.invalid"), e.text(),
                e.problems(), locale());
    }

    @ExceptionHandler
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        FieldProblem problem = FieldProblem.of(e.getName(), e.getValue(), Text.of("problem.invalidValue"));
        return replies.withErrors(HttpStatus.BAD_REQUEST, Text.of("problem.title.invalid"),
                Text.of("problem.invalidParameter", e.getName()), List.of(problem), locale());
    }

    /** Bean Validation put each message in the request's language already. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(error -> FieldProblem.of(error.getField(), error.getRejectedValue(),
                        Text.localized(error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(replies.withErrors(HttpStatus.BAD_REQUEST,
                Text.of("problem.title.invalid"), Text.of("problem.invalidFields", problems.size()), problems,
                locale()));
    }

    /** Only where the body stopped being JSON, not the parser's own words, which would be a second language. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (NestedExceptionUtils.getRootCause(e) instanceof BodyTooLargeException tooLarge) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(bodyTooLarge(tooLarge));
        }
        Throwable json = e.getCause();
        while (json != null && !(json instanceof JsonProcessingException)) {
            json = json.getCause();
        }
        return ResponseEntity.badRequest().body(invalidInput(JsonBodies.unreadable(json)));
    }

    @ExceptionHandler
    ProblemDetail bodyTooLarge(BodyTooLargeException e) {
        return RequestLimits.tooLarge(replies, e.limit(), locale());
    }

    /** No handler for the path (a typo, a trailing slash): said plainly, not as a missing static file. */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(reply(HttpStatus.NOT_FOUND, "problem.title.notFound",
                Text.of("problem.noSuchPath", e.getHttpMethod().name(), "/" + e.getResourcePath())));
    }

    /**
     * The database refused a change: a value longer than its column or a duplicate. The edge checks these first;
     * what slips through still gets a 4xx that names no table, column or SQL.
     */
    @ExceptionHandler
    ProblemDetail refusedByTheDatabase(DataIntegrityViolationException e) {
        String state = e.getMostSpecificCause() instanceof SQLException sql ? sql.getSQLState() : null;
        if ("22001".equals(state)) {
            return reply(HttpStatus.BAD_REQUEST, "problem.title.invalid", Text.of("problem.tooLong"));
        }
        return reply(HttpStatus.CONFLICT, "problem.title.conflict", Text.of("problem.conflictsWithStored"));
    }

    /**
     * Anything else is Kexiang's fault: a 500 with an incident id that is in the log with the stack trace, and
     * nothing of the failure's own text (SQL, class names) in the reply. Security's exceptions pass on to its
     * filters, which answer 401 and 403.
     */
    @ExceptionHandler
    ProblemDetail unexpected(Exception e) throws Exception {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            throw e;
        }
        String incident = UUID.randomUUID().toString();
        log.error("Incident {}: {}", incident, e.toString(), e);
        ProblemDetail problem = reply(HttpStatus.INTERNAL_SERVER_ERROR, "problem.title.internal",
                Text.of("problem.incident", incident));
        problem.setProperty("incident", incident);
        return problem;
    }

    private ProblemDetail reply(HttpStatus status, String title, Text detail) {
        return replies.of(status, Text.of(title), detail, locale());
    }

    /** The dispatcher set it from the request with Kexiang's {@code localeResolver}. */
    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
