package io.kexiang.shared.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.shared.FieldProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/** How Kexiang spells an RFC 9457 problem detail, for the advice and for the security entry points alike. */
public final class ProblemDetails {

    private ProblemDetails() {
    }

    public static ProblemDetail of(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    /**
     * Writes the problem as the answer from a servlet filter (security, limits, the database's availability), where
     * no controller advice reaches.
     */
    public static void write(HttpServletRequest request, HttpServletResponse response, ObjectMapper json,
            ProblemDetail problem) throws IOException {
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    public static ProblemDetail withErrors(HttpStatus status, String title, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = of(status, title, detail);
        problem.setProperty("errors", errors);
        return problem;
    }
}
