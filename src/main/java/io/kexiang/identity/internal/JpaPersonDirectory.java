package io.kexiang.identity.internal;

import io.kexiang.identity.PersonDirectory;
import io.kexiang.identity.PersonRef;
import io.kexiang.identity.Role;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class JpaPersonDirectory implements PersonDirectory {

    private final People people;
    private final Departments departments;

    JpaPersonDirectory(People people, Departments departments) {
        this.people = people;
        this.departments = departments;
    }

    @Override
    public Optional<PersonRef> byEmployeeId(String employeeId) {
        return people.findByEmployeeId(employeeId).map(Person::ref);
    }

    @Override
    public Optional<PersonRef> byId(long id) {
        return people.findById(id).map(Person::ref);
    }

    @Override
    public Map<String, PersonRef> byEmployeeIds(Collection<String> employeeIds) {
        return people.findByEmployeeIdIn(employeeIds).stream()
                .collect(Collectors.toMap(Person::employeeId, Person::ref));
    }

    @Override
    public List<PersonRef> withRole(Role role) {
        return people.findEnabledWithRole(role).stream().map(Person::ref).toList();
    }

    @Override
    public List<PersonRef> managersOf(String employeeId) {
        return managersFrom(people.findByEmployeeId(employeeId).map(Person::department).orElse(null));
    }

    @Override
    public List<String> departmentsOf(String employeeId) {
        List<String> names = new ArrayList<>();
        Department department = people.findByEmployeeId(employeeId).map(Person::department).orElse(null);
        for (int depth = 0; department != null && depth < 20; depth++, department = department.parent()) {
            names.add(department.name());
        }
        return names;
    }

    @Override
    public List<PersonRef> inDepartment(String department) {
        return departments.findByName(department).map(found -> people.findEnabledIn(found).stream()
                .map(Person::ref).toList()).orElse(List.of());
    }

    @Override
    public List<PersonRef> managersOfDepartment(String department) {
        return managersFrom(departments.findByName(department).orElse(null));
    }

    private List<PersonRef> managersFrom(Department department) {
        for (int depth = 0; department != null && depth < 20; depth++, department = department.parent()) {
            List<Person> managers = people.findEnabledWithRoleIn(Role.DEPT_MANAGER, department);
            if (!managers.isEmpty()) {
                return managers.stream().map(Person::ref).toList();
            }
        }
        return withRole(Role.DEPT_MANAGER);
    }

    @Override
    public Map<Long, PersonRef> byIds(Collection<Long> ids) {
        return people.findAllById(ids).stream().collect(Collectors.toMap(Person::id, Person::ref));
    }
}
