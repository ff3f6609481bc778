package io.kexiang.identity.internal;

import io.kexiang.shared.ConflictException;
import io.kexiang.shared.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/departments")
@PreAuthorize("hasAuthority('STAFF')")
class DepartmentController {

    record DepartmentView(long id, String name, String parent) {
    }

    record NewDepartment(@NotBlank @Size(max = 128) String name) {
    }

    private final Departments departments;

    DepartmentController(Departments departments) {
        this.departments = departments;
    }

    @GetMapping
    @Transactional(readOnly = true)
    List<DepartmentView> list() {
        return departments.findAll(Sort.by("name")).stream().map(DepartmentController::view).toList();
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<DepartmentView> create(@Valid @RequestBody NewDepartment body) {
        if (departments.findByName(body.name()).isPresent()) {
            throw new ConflictException(Text.of("problem.exists", Text.of("thing.department"), body.name()));
        }
        Department saved = departments.save(new Department(body.name()));
        return ResponseEntity.created(URI.create("/api/v1/departments/" + saved.id())).body(view(saved));
    }

    private static DepartmentView view(Department department) {
        return new DepartmentView(department.id(), department.name(),
                department.parent() == null ? null : department.parent().name());
    }
}
