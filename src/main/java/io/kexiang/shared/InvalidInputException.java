package io.kexiang.shared;

import java.util.List;

/**
 * Input that failed validation, with every problem found rather than only the first. Answered as 400 for a
 * request body and 422 for an uploaded file (see {@link #status()}).
 */
public class InvalidInputException extends RuntimeException {

    private final int status;
    private final Text text;
    private final List<FieldProblem> problems;

    public InvalidInputException(int status, Text text, List<FieldProblem> problems) {
        super(text + " " + problems);
        this.status = status;
        this.text = text;
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException badRequest(List<FieldProblem> problems) {
        return new InvalidInputException(400, Text.of("problem.invalidFields", problems.size()), problems);
    }

    public static InvalidInputException badRequest(FieldProblem problem) {
        return badRequest(List.of(problem));
    }

    public int status() {
        return status;
    }

    public Text text() {
        return text;
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
