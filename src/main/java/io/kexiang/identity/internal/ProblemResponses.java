package io.kexiang.identity.internal;

import io.kexiang.shared.Text;
import io.kexiang.shared.web.ProblemReplies;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401, 403 and 429 from the security filters, spelt as problem details like every other error. */
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemReplies replies;

    ProblemResponses(ProblemReplies replies) {
        this.replies = replies;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"Kexiang\", Bearer");
        replies.write(request, response, HttpStatus.UNAUTHORIZED, Text.of("problem.title.unauthorized"),
                Text.of("problem.unauthorized"));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        replies.write(request, response, HttpStatus.FORBIDDEN, Text.of("problem.title.forbidden"),
                Text.of("problem.rolesForbid", request.getMethod(), request.getRequestURI()));
    }

    void tooManyFailures(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds)
            throws IOException {
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        replies.write(request, response, HttpStatus.TOO_MANY_REQUESTS, Text.of("problem.title.lockedOut"),
                Text.of("problem.lockedOut", retryAfterSeconds));
    }
}
