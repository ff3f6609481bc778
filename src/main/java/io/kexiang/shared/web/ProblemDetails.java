package io.kexiang.shared.web;

import io.kexiang.shared.FieldProblem;
import java.util.List;
import org.springframework.http.HttpStatus;
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

    public static ProblemDetail withErrors(HttpStatus status, String title, String detail, List<FieldProblem> errors) {
        ProblemDetail problem = of(status, title, detail);
        problem.setProperty("errors", errors);
        return problem;
    }
}
