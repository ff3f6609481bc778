package io.kexiang.identity.internal;

import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import java.util.List;

/** What a password must be: long enough, and not the employee id it protects. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    static void check(String field, String password, String employeeId) {
        String reason = null;
        if (password == null || password.length() < MIN_LENGTH) {
            reason = "must have at least " + MIN_LENGTH + " characters";
        } else if (password.length() > 72) {
            reason = "must have at most 72 characters (BCrypt ignores the rest)";
        } else if (password.equalsIgnoreCase(employeeId)) {
            reason = "must not be the employee id";
        }
        if (reason != null) {
            throw InvalidInputException.badRequest(List.of(FieldProblem.of(field, "(hidden)", reason)));
        }
    }
}
