package io.kexiang.identity.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.shared.web.ProblemDetails;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401, 403 and 429 from the security filters, spelt as problem details like every other error. */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Kexiang\", Bearer");
        write(request, response, ProblemDetails.of(HttpStatus.UNAUTHORIZED, "Unauthorized",
                "Sign in with HTTP Basic (employee id and password) or an API token (Bearer)"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, ProblemDetails.of(HttpStatus.FORBIDDEN, "Forbidden",
                "Your roles do not allow " + request.getMethod() + " " + request.getRequestURI()));
    }

    void tooManyFailures(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds)
            throws IOException {
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        write(request, response, ProblemDetails.of(HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins",
                "Sign-in is locked after repeated failures; try again in " + retryAfterSeconds + " s"));
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        ProblemDetails.write(request, response, json, problem);
    }
}
