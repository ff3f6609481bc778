package io.kexiang.console.complaints;

import io.kexiang.complaint.ComplaintEscalations;
import io.kexiang.console.web.ConsoleProblems;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 投诉督办: the complaints raised to the VP; the VP instructs and closes, the centre follows up. */
@Controller
@PreAuthorize("hasAnyRole('NOC_ENGINEER', 'TECH_SPECIALIST', 'DEPT_MANAGER', 'VP', 'ADMIN')")
class ComplaintPagesController {

    private final ComplaintEscalations escalations;
    private final ConsoleProblems problems;

    ComplaintPagesController(ComplaintEscalations escalations, ConsoleProblems problems) {
        this.escalations = escalations;
        this.problems = problems;
    }

    @GetMapping("/complaints")
    String list(@RequestParam(defaultValue = "true") boolean open, Model model) {
        model.addAttribute("open", open);
        model.addAttribute("escalations", escalations.list(open));
        return "complaints/list";
    }

    @PostMapping("/complaints/{id}/entries")
    String add(@PathVariable long id, @RequestParam String kind, @RequestParam(required = false) String text,
            Authentication viewer, Locale locale, RedirectAttributes flash) {
        return problems.act("/complaints", flash, locale, () -> escalations.add(id, kind, text, viewer));
    }

    @PostMapping("/complaints/{id}/close")
    String close(@PathVariable long id, Authentication viewer, Locale locale, RedirectAttributes flash) {
        return problems.act("/complaints", flash, locale, () -> escalations.close(id, viewer));
    }
}
