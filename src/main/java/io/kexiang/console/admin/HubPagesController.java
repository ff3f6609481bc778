package io.kexiang.console.admin;

import io.kexiang.console.web.ConsoleProblems;
import io.kexiang.hub.HubAdmin;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 系统维护 · 订阅: the OSS listeners registered on the TMF642/TMF621 hubs, how their deliveries go, and removal. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class HubPagesController {

    private final HubAdmin hub;
    private final ConsoleProblems problems;

    HubPagesController(HubAdmin hub, ConsoleProblems problems) {
        this.hub = hub;
        this.problems = problems;
    }

    @GetMapping("/admin/hub")
    String subscriptions(Model model) {
        model.addAttribute("subscriptions", hub.subscriptions());
        return "admin/hub";
    }

    @PostMapping("/admin/hub/{id}/remove")
    String remove(@PathVariable long id, Locale locale, RedirectAttributes flash) {
        return problems.act("/admin/hub", flash, locale, () -> hub.remove(id));
    }
}
