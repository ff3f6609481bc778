package io.kexiang.identity.internal;

import io.kexiang.identity.Role;
import io.kexiang.shared.Text;
import io.kexiang.shared.csv.CsvImportKind;
import io.kexiang.shared.csv.CsvRow;
import io.kexiang.shared.csv.DraftProblems;
import io.kexiang.shared.csv.ImportCounts;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** {@code employee_id,name,department,roles,email,mobile}; roles separated by {@code ;}. */
@Component
class PeopleImport implements CsvImportKind<PersonDraft> {

    private final PersonWriter writer;

    PeopleImport(PersonWriter writer) {
        this.writer = writer;
    }

    @Override
    public String name() {
        return "people";
    }

    @Override
    public Set<String> requiredColumns() {
        return Set.of("employee_id", "name", "roles");
    }

    @Override
    public Set<String> optionalColumns() {
        return Set.of("department", "email", "mobile");
    }

    @Override
    public PersonDraft parse(CsvRow row, DraftProblems problems, int index) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String role : row.list("roles")) {
            try {
                roles.add(Role.valueOf(role.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(index, "roles", role, Text.of("problem.oneOf", EnumSet.allOf(Role.class).stream()
                        .map(Role::name).collect(Collectors.joining(", "))));
            }
        }
        return new PersonDraft(row.text("employee_id"), row.text("name"), row.text("department"), roles,
                row.text("email"), row.text("mobile"));
    }

    @Override
    public void check(List<PersonDraft> drafts, DraftProblems problems) {
        problems.requireUnique(drafts, PersonDraft::employeeId, "employeeId");
    }

    @Override
    public ImportCounts write(List<PersonDraft> drafts) {
        return writer.upsert(drafts);
    }
}
