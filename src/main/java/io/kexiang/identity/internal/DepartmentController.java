package io.kexiang.identity.internal;

import io.kexiang.identity.DepartmentAdmin;
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

    /** {@code parent}: the name of the department above it, if any. */
    record NewDepartment(@NotBlank @Size(max = 128) String name, String parent) {
    }

    private final Departments departments;
    private final DepartmentAdmin admin;

    DepartmentController(Departments departments, DepartmentAdmin admin) {
        this.departments = departments;
        this.admin = admin;
    }

    @GetMapping
    @Transactional(readOnly = true)
    List<DepartmentView> list() {
        return departments.findAll(Sort.by("name")).stream().map(DepartmentController::view).toList();
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<DepartmentView> create(@Valid @RequestBody NewDepartment body) {
        long id = admin.create(body.name(), body.parent());
        return ResponseEntity.created(URI.create("/api/v1/departments/" + id))
                .body(view(departments.findById(id).orElseThrow()));
    }

    private static DepartmentView view(Department department) {
        return new DepartmentView(department.id(), department.name(),
                department.parent() == null ? null : department.parent().name());
    }
}
