package io.kexiang.shared;

import java.util.List;

/**
 * Input that failed validation, with every problem found rather than only the first. Answered as 400 for a
 * request body and 422 for an uploaded file (see {@link #status()}).
 */
public class InvalidInputException extends RuntimeException {

    private final int status;
    private final List<FieldProblem> problems;

    public InvalidInputException(int status, String message, List<FieldProblem> problems) {
        super(message);
        this.status = status;
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException badRequest(List<FieldProblem> problems) {
        return new InvalidInputException(400, "The request has " + problems.size() + " invalid field(s)", problems);
    }

    public int status() {
        return status;
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
