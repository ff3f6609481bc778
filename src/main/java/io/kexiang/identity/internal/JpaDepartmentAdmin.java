package io.kexiang.identity.internal;

import io.kexiang.identity.DepartmentAdmin;
import io.kexiang.shared.ConflictException;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Text;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class JpaDepartmentAdmin implements DepartmentAdmin {

    private static final int MAX_NAME = 128;

    private final Departments departments;
    private final People people;

    JpaDepartmentAdmin(Departments departments, People people) {
        this.departments = departments;
        this.people = people;
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('STAFF')")
    public List<Map<String, Object>> departments() {
        Map<Long, Long> members = people.countByDepartment().stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        return departments.findAll(Sort.by("name")).stream().map(department -> {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("id", department.id());
            view.put("name", department.name());
            view.put("parent", department.parent() == null ? null : department.parent().name());
            view.put("people", members.getOrDefault(department.id(), 0L));
            return view;
        }).toList();
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public long create(String name, String parent) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw InvalidInputException.badRequest(List.of(FieldProblem.of("name", name, trimmed.isEmpty()
                    ? Text.of("problem.required") : Text.of("problem.longest", MAX_NAME, trimmed.length()))));
        }
        Department above = null;
        if (parent != null && !parent.isBlank()) {
            above = departments.findByName(parent.trim()).orElseThrow(() -> InvalidInputException.badRequest(
                    List.of(FieldProblem.of("parent", parent, Text.of("problem.noSuch",
                            Text.of("thing.department"))))));
        }
        if (departments.findByName(trimmed).isPresent()) {
            throw new ConflictException(Text.of("problem.exists", Text.of("thing.department"), trimmed));
        }
        return departments.save(new Department(trimmed, above)).id();
    }
}
