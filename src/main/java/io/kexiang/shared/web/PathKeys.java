package io.kexiang.shared.web;

import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Text;
import java.util.List;

/** A PUT names its resource twice, in the path and in the body; they must agree. */
public final class PathKeys {

    private PathKeys() {
    }

    public static void requireSame(String field, String inPath, String inBody) {
        if (!inPath.equals(inBody)) {
            throw InvalidInputException.badRequest(
                    List.of(FieldProblem.of(field, inBody, Text.of("problem.pathKey", field))));
        }
    }
}
