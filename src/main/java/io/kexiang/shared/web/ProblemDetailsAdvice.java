package io.kexiang.shared.web;

import io.kexiang.shared.ConflictException;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.ForbiddenException;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.NotFoundException;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

/** Every error leaves as an RFC 9457 problem detail; invalid input lists each bad field under {@code errors}. */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetails.of(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail conflict(ConflictException e) {
        return ProblemDetails.of(HttpStatus.CONFLICT, "Conflict", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail forbidden(ForbiddenException e) {
        return ProblemDetails.of(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalidInput(InvalidInputException e) {
        HttpStatus status = HttpStatus.valueOf(e.status());
        return ProblemDetails.withErrors(status, "Invalid input", e.getMessage(), e.problems());
    }

    @ExceptionHandler
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        FieldProblem problem = FieldProblem.of(e.getName(), e.getValue(), "not a valid value");
        return ProblemDetails.withErrors(HttpStatus.BAD_REQUEST, "Invalid input",
                "Parameter '" + e.getName() + "' is invalid", List.of(problem));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(error -> FieldProblem.of(error.getField(), error.getRejectedValue(), error.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(ProblemDetails.withErrors(HttpStatus.BAD_REQUEST, "Invalid input",
                "The request has " + problems.size() + " invalid field(s)", problems));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (NestedExceptionUtils.getRootCause(e) instanceof BodyTooLargeException tooLarge) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(RequestLimits.tooLarge(tooLarge.limit()));
        }
        String detail = "The request body is not readable: " + rootMessage(e);
        return ResponseEntity.badRequest().body(ProblemDetails.of(HttpStatus.BAD_REQUEST, "Unreadable body", detail));
    }

    @ExceptionHandler
    ProblemDetail bodyTooLarge(BodyTooLargeException e) {
        return RequestLimits.tooLarge(e.limit());
    }

    /** No handler for the path (a typo, a trailing slash): said plainly, not as a missing static file. */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(ProblemDetails.of(HttpStatus.NOT_FOUND, "Not found",
                "Nothing is at " + e.getHttpMethod() + " /" + e.getResourcePath()));
    }

    /**
     * The database refused a change: a value longer than its column or a duplicate. The edge checks these first;
     * what slips through still gets a 4xx that names no table, column or SQL.
     */
    @ExceptionHandler
    ProblemDetail refusedByTheDatabase(DataIntegrityViolationException e) {
        String state = e.getMostSpecificCause() instanceof SQLException sql ? sql.getSQLState() : null;
        if ("22001".equals(state)) {
            return ProblemDetails.of(HttpStatus.BAD_REQUEST, "Invalid input",
                    "A value is longer than its field allows");
        }
        return ProblemDetails.of(HttpStatus.CONFLICT, "Conflict", "The change conflicts with what is stored");
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
        ProblemDetail problem = ProblemDetails.of(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "Kexiang failed to answer this request; quote incident " + incident + " to its operators");
        problem.setProperty("incident", incident);
        return problem;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        int sourceNoise = message.indexOf(" at [Source");
        return sourceNoise > 0 ? message.substring(0, sourceNoise) : message;
    }
}
