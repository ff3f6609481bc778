package io.kexiang.console.tickets;

import io.kexiang.console.web.ConsoleProblems;
import io.kexiang.shared.ConflictException;
import io.kexiang.shared.ForbiddenException;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.RefusedException;
import io.kexiang.shared.TicketId;
import io.kexiang.ticket.TicketDesk;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 故障单: the queues by status with their SLA clocks, and a ticket's page with every move of its lifecycle. Each
 * action is a form that posts and comes back to the ticket (post/redirect/get), told what was refused and why.
 */
@Controller
@PreAuthorize("hasAuthority('STAFF')")
class TicketPagesController {

    /** The queues a shift works, in the order a ticket goes through them. */
    static final List<String> QUEUES = List.of("acknowledged", "inProgress", "pending", "held", "resolved",
            "closed");

    private final TicketDesk desk;
    private final ConsoleProblems problems;
    private final Clock clock;

    TicketPagesController(TicketDesk desk, ConsoleProblems problems, Clock clock) {
        this.desk = desk;
        this.problems = problems;
        this.clock = clock;
    }

    @GetMapping("/tickets")
    String queue(@RequestParam(defaultValue = "acknowledged") String status,
            @RequestParam(required = false) String customer, Authentication viewer, Model model) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("status", QUEUES.contains(status) ? status : "acknowledged");
        if (customer != null && !customer.isBlank()) {
            filters.put("customer", customer.trim());
        }
        TicketDesk.Page page = desk.search(filters, viewer, 0, 200);
        model.addAttribute("queues", QUEUES);
        model.addAttribute("status", filters.get("status"));
        model.addAttribute("customer", customer);
        model.addAttribute("tickets", page.tickets());
        model.addAttribute("total", page.total());
        model.addAttribute("clocks", new SlaClocks(clock.instant()));
        return "tickets/queue";
    }

    @GetMapping("/tickets/new")
    @PreAuthorize("hasAnyRole('NOC_ENGINEER', 'TECH_SPECIALIST', 'DEPT_MANAGER', 'VP', 'ACCOUNT_MANAGER', 'ADMIN')")
    String declaring(@RequestParam(defaultValue = "fault") String ticketType, Model model) {
        model.addAttribute("form", new DeclarationForm(ticketType));
        return "tickets/declare";
    }

    @PostMapping("/tickets")
    @PreAuthorize("hasAnyRole('NOC_ENGINEER', 'TECH_SPECIALIST', 'DEPT_MANAGER', 'VP', 'ACCOUNT_MANAGER', 'ADMIN')")
    String declare(@ModelAttribute("form") DeclarationForm form, Authentication actor, Locale locale, Model model) {
        try {
            return "redirect:/tickets/" + desk.declare(form.declaration(), actor);
        } catch (InvalidInputException | ConflictException | RefusedException | ForbiddenException refused) {
            model.addAttribute("refused", problems.of(refused, locale));
            return "tickets/declare";
        }
    }

    @GetMapping("/tickets/{id}")
    String ticket(@PathVariable long id, Authentication viewer, Model model) {
        Map<String, Object> ticket = desk.ticket(TicketId.of(id), viewer);
        model.addAttribute("ticket", ticket);
        model.addAttribute("journal", desk.journal(TicketId.of(id), viewer));
        model.addAttribute("faultReasons", desk.faultReasons());
        model.addAttribute("clocks", new SlaClocks(clock.instant()));
        return "tickets/ticket";
    }

    @PostMapping("/tickets/{id}/move")
    String move(@PathVariable long id, @RequestParam String status, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String faultReason, @RequestParam(required = false) String resolution,
            @RequestParam(required = false) String openAlarmOverride, Authentication actor, Locale locale,
            RedirectAttributes flash) {
        return act(id, flash, locale, () -> desk.move(TicketId.of(id), new TicketDesk.Move(status, reason,
                faultReason, resolution, openAlarmOverride), actor));
    }

    @PostMapping("/tickets/{id}/return-visit")
    String returnVisit(@PathVariable long id, @RequestParam boolean confirmed,
            @RequestParam(required = false) String satisfaction, @RequestParam(required = false) String comment,
            Authentication actor, Locale locale, RedirectAttributes flash) {
        return act(id, flash, locale, () -> desk.returnVisit(TicketId.of(id), confirmed, satisfaction, comment,
                actor));
    }

    @PostMapping("/tickets/{id}/notes")
    String note(@PathVariable long id, @RequestParam String text, Authentication actor, Locale locale,
            RedirectAttributes flash) {
        return act(id, flash, locale, () -> desk.note(TicketId.of(id), text, actor));
    }

    private String act(long id, RedirectAttributes flash, Locale locale, Runnable action) {
        return problems.act("/tickets/" + id, flash, locale, action);
    }
}
