package io.kexiang.identity.internal;

import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.NotFoundException;
import io.kexiang.shared.Text;
import io.kexiang.shared.audit.AuditTrail;
import java.util.List;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Password changes: by the person themself (old password required) or a reset by an administrator. */
@Component
class Passwords {

    private final People people;
    private final PasswordEncoder encoder;
    private final AuditTrail auditTrail;

    Passwords(People people, PasswordEncoder encoder, AuditTrail auditTrail) {
        this.people = people;
        this.encoder = encoder;
        this.auditTrail = auditTrail;
    }

    @Transactional
    void change(String employeeId, String currentPassword, String newPassword) {
        Person person = find(employeeId);
        if (person.passwordHash() == null || currentPassword == null
                || !encoder.matches(currentPassword, person.passwordHash())) {
            throw InvalidInputException.badRequest(
                    List.of(FieldProblem.of("currentPassword", "(hidden)", Text.of("identity.passwordWrong"))));
        }
        set(person, "newPassword", newPassword);
    }

    @Transactional
    void reset(String employeeId, String newPassword) {
        set(find(employeeId), "newPassword", newPassword);
    }

    private void set(Person person, String field, String password) {
        PasswordPolicy.check(field, password, person.employeeId());
        auditTrail.stampActor();
        person.setPasswordHash(encoder.encode(password));
    }

    private Person find(String employeeId) {
        return people.findByEmployeeId(employeeId).orElseThrow(() -> new NotFoundException("person", employeeId));
    }
}
