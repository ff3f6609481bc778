package io.kexiang.console.admin;

import io.kexiang.console.web.ConsoleProblems;
import io.kexiang.identity.DepartmentAdmin;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 系统维护 · 部门: the centre's departments, which people belong to and process tasks go to. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class DepartmentPagesController {

    private final DepartmentAdmin departments;
    private final ConsoleProblems problems;

    DepartmentPagesController(DepartmentAdmin departments, ConsoleProblems problems) {
        this.departments = departments;
        this.problems = problems;
    }

    @GetMapping("/admin/departments")
    String departments(Model model) {
        model.addAttribute("departments", departments.departments());
        return "admin/departments";
    }

    @PostMapping("/admin/departments")
    String create(@RequestParam String name, @RequestParam(required = false) String parent, Locale locale,
            RedirectAttributes flash) {
        return problems.act("/admin/departments", flash, locale, () -> departments.create(name, parent));
    }
}
