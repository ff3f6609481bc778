package io.kexiang.identity.internal;

import io.kexiang.shared.audit.AuditTrail;
import io.kexiang.shared.csv.ImportCounts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The one way people are created and updated: upsert by employee id, departments created on first mention. */
@Component
class PersonWriter {

    private final People people;
    private final Departments departments;
    private final AuditTrail auditTrail;

    PersonWriter(People people, Departments departments, AuditTrail auditTrail) {
        this.people = people;
        this.departments = departments;
        this.auditTrail = auditTrail;
    }

    /** Disables or enables a person, recorded in the audit trail as the signed-in user's change. */
    @Transactional
    void enabled(Person person, boolean enabled) {
        auditTrail.stampActor();
        if (enabled) {
            person.enable();
        } else {
            person.disable();
        }
        people.saveAndFlush(person);
    }

    @Transactional
    ImportCounts upsert(List<PersonDraft> drafts) {
        auditTrail.stampActor();
        Map<String, Person> existing = people.findByEmployeeIdIn(drafts.stream().map(PersonDraft::employeeId).toList())
                .stream().collect(Collectors.toMap(Person::employeeId, Function.identity()));
        Map<String, Department> departmentsByName = new HashMap<>();
        int created = 0;
        for (PersonDraft draft : drafts) {
            Person person = existing.get(draft.employeeId());
            if (person == null) {
                person = new Person(draft.employeeId());
                created++;
            }
            Department department = draft.department() == null ? null
                    : departmentsByName.computeIfAbsent(draft.department(), this::department);
            person.describe(draft, department);
            people.save(person);
        }
        return ImportCounts.of("people", created, drafts.size() - created);
    }

    private Department department(String name) {
        return departments.findByName(name).orElseGet(() -> departments.save(new Department(name)));
    }
}
