package io.kexiang.console.admin;

import io.kexiang.console.web.ConsoleProblems;
import io.kexiang.identity.PeopleAdmin;
import io.kexiang.identity.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 系统维护 · 人员与角色: the people, their roles (a checkbox per role), disabling, a password reset; and the role
 * matrix, what each role may do.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class PeoplePagesController {

    private final PeopleAdmin people;
    private final ConsoleProblems problems;

    PeoplePagesController(PeopleAdmin people, ConsoleProblems problems) {
        this.people = people;
        this.problems = problems;
    }

    @GetMapping("/admin/people")
    String people(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("people", people.people(q));
        model.addAttribute("roles", List.of(Role.values()));
        return "admin/people";
    }

    @GetMapping("/admin/roles")
    String roles(Model model) {
        model.addAttribute("roles", List.of(Role.values()));
        return "admin/roles";
    }

    @PostMapping("/admin/people/{employeeId}/roles")
    String roles(@PathVariable String employeeId, @RequestParam(required = false) List<Role> roles, Locale locale,
            RedirectAttributes flash) {
        Set<Role> chosen = roles == null ? Set.of() : roles.stream().collect(Collectors.toCollection(
                () -> EnumSet.noneOf(Role.class)));
        return act(flash, locale, () -> people.roles(employeeId, chosen));
    }

    @PostMapping("/admin/people/{employeeId}/enabled")
    String enabled(@PathVariable String employeeId, @RequestParam boolean enabled, Locale locale,
            RedirectAttributes flash) {
        return act(flash, locale, () -> people.enabled(employeeId, enabled));
    }

    @PostMapping("/admin/people/{employeeId}/password")
    String password(@PathVariable String employeeId, @RequestParam String newPassword, Locale locale,
            RedirectAttributes flash) {
        return act(flash, locale, () -> people.resetPassword(employeeId, newPassword));
    }

    private String act(RedirectAttributes flash, Locale locale, Runnable action) {
        return problems.act("/admin/people", flash, locale, action);
    }
}
