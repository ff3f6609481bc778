package io.kexiang.console.admin;

import io.kexiang.console.ConsoleSettings;
import io.kexiang.console.web.ConsoleProblems;
import io.kexiang.identity.Role;
import io.kexiang.identity.TokenAdmin;
import io.kexiang.shared.ConflictException;
import io.kexiang.shared.InvalidInputException;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 系统维护 · API 令牌: machines' tokens; a new one's secret is shown once, on the page that issued it. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class TokenPagesController {

    private final TokenAdmin tokens;
    private final ConsoleProblems problems;
    private final ZoneId zone;

    TokenPagesController(TokenAdmin tokens, ConsoleProblems problems, ConsoleSettings settings) {
        this.tokens = tokens;
        this.problems = problems;
        this.zone = settings.zone();
    }

    @GetMapping("/admin/tokens")
    String tokens(Model model) {
        model.addAttribute("tokens", tokens.tokens());
        model.addAttribute("roles", List.of(Role.NMS_CLIENT, Role.ADMIN, Role.NOC_ENGINEER));
        return "admin/tokens";
    }

    @PostMapping("/admin/tokens")
    String issue(@RequestParam String name, @RequestParam(required = false) List<Role> roles,
            @RequestParam(required = false) LocalDate expires, Principal issuer, Locale locale,
            RedirectAttributes flash) {
        Set<Role> given = roles == null ? Set.of() : EnumSet.copyOf(roles);
        Instant expiresAt = expires == null ? null : expires.plusDays(1).atStartOfDay(zone).toInstant();
        try {
            flash.addFlashAttribute("secret", tokens.issue(name.trim(), given, expiresAt, issuer.getName()));
            flash.addFlashAttribute("issued", name.trim());
        } catch (InvalidInputException | ConflictException refused) {
            flash.addFlashAttribute("refused", problems.of(refused, locale));
        }
        return "redirect:/admin/tokens";
    }

    @PostMapping("/admin/tokens/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes flash) {
        tokens.revoke(id);
        flash.addFlashAttribute("done", true);
        return "redirect:/admin/tokens";
    }
}
