package io.kexiang.identity.internal;

import io.kexiang.identity.PeopleAdmin;
import io.kexiang.identity.Role;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.NotFoundException;
import io.kexiang.shared.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@PreAuthorize("hasRole('ADMIN')")
class JpaPeopleAdmin implements PeopleAdmin {

    private final People people;
    private final PersonWriter writer;
    private final Passwords passwords;

    JpaPeopleAdmin(People people, PersonWriter writer, Passwords passwords) {
        this.people = people;
        this.writer = writer;
        this.passwords = passwords;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Map<String, Object>> people(String query) {
        String wanted = query == null ? "" : query.trim().toLowerCase(java.util.Locale.ROOT);
        return people.findAll(Sort.by("employeeId")).stream().map(Person::view)
                .filter(view -> wanted.isEmpty() || view.employeeId().toLowerCase(java.util.Locale.ROOT)
                        .contains(wanted) || view.name().contains(query.trim()))
                .limit(500).map(JpaPeopleAdmin::row).toList();
    }

    @Override
    @Transactional
    public void roles(String employeeId, Set<Role> roles) {
        if (roles.isEmpty()) {
            throw InvalidInputException.badRequest(FieldProblem.of("roles", null, Text.of("problem.required")));
        }
        PersonView view = find(employeeId).view();
        writer.upsert(List.of(new PersonDraft(view.employeeId(), view.name(), view.department(), roles, view.email(),
                view.mobile())));
    }

    @Override
    @Transactional
    public void enabled(String employeeId, boolean enabled) {
        writer.enabled(find(employeeId), enabled);
    }

    @Override
    public void resetPassword(String employeeId, String newPassword) {
        find(employeeId);
        passwords.reset(employeeId, newPassword);
    }

    private Person find(String employeeId) {
        return people.findByEmployeeId(employeeId).orElseThrow(() -> new NotFoundException("person", employeeId));
    }

    private static Map<String, Object> row(PersonView view) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("employeeId", view.employeeId());
        row.put("name", view.name());
        row.put("department", view.department());
        row.put("roles", view.roles().stream().map(Role::name).sorted().toList());
        row.put("enabled", view.enabled());
        row.put("canSignIn", view.canSignIn());
        row.put("failedLoginCount", view.failedLoginCount());
        row.put("lastLogin", view.lastLogin());
        return row;
    }
}
