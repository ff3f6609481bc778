package io.kexiang.shared.web;

import io.kexiang.shared.ConflictException;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.NotFoundException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error leaves as an RFC 9457 problem detail; invalid input lists each bad field under {@code errors}. */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        return ProblemDetails.of(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail conflict(ConflictException e) {
        return ProblemDetails.of(HttpStatus.CONFLICT, "Conflict", e.getMessage());
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
        String detail = "The request body is not readable: " + rootMessage(e);
        return ResponseEntity.badRequest().body(ProblemDetails.of(HttpStatus.BAD_REQUEST, "Unreadable body", detail));
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
