package io.kexiang.identity.internal;

import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Text;
import java.util.List;

/** What a password must be: long enough, and not the employee id it protects. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    static void check(String field, String password, String employeeId) {
        Text reason = null;
        if (password == null || password.length() < MIN_LENGTH) {
            reason = Text.of("identity.passwordShort", MIN_LENGTH);
        } else if (password.length() > 72) {
            reason = Text.of("identity.passwordLong", 72);
        } else if (password.equalsIgnoreCase(employeeId)) {
            reason = Text.of("identity.passwordIsId");
        }
        if (reason != null) {
            throw InvalidInputException.badRequest(List.of(FieldProblem.of(field, "(hidden)", reason)));
        }
    }
}
