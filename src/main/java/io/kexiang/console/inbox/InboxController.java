package io.kexiang.console.inbox;

import io.kexiang.console.web.ConsoleProblems;
import io.kexiang.cutover.CutoverDesk;
import io.kexiang.ticket.TicketDesk;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 客户经理: an account manager's inbox. The cutover notices sent to them, in full, with a button to confirm each;
 * their customers' open tickets; and the text to forward to each customer a plan hits, with a copy button.
 */
@Controller
@PreAuthorize("hasAuthority('STAFF')")
class InboxController {

    private static final String OPEN = "acknowledged,inProgress,pending,held";

    private final CutoverDesk cutovers;
    private final TicketDesk tickets;
    private final ConsoleProblems problems;

    InboxController(CutoverDesk cutovers, TicketDesk tickets, ConsoleProblems problems) {
        this.cutovers = cutovers;
        this.tickets = tickets;
        this.problems = problems;
    }

    @GetMapping("/inbox")
    String inbox(Authentication viewer, Model model) {
        List<Map<String, Object>> notices = cutovers.inbox(viewer, 50);
        Map<Object, Map<String, String>> texts = new LinkedHashMap<>();
        notices.forEach(notice -> texts.computeIfAbsent(notice.get("plan_id"), plan -> cutovers.customerTexts(
                ((Number) plan).longValue(), viewer)));
        model.addAttribute("notices", notices);
        model.addAttribute("texts", texts);
        model.addAttribute("tickets", tickets.search(Map.of("status", OPEN), viewer, 0, 100).tickets());
        return "inbox";
    }

    @PostMapping("/inbox/cutovers/{plan}/notices/{notice}/confirmation")
    String confirm(@PathVariable long plan, @PathVariable long notice, Authentication viewer, Locale locale,
            RedirectAttributes flash) {
        return problems.act("/inbox", flash, locale, () -> cutovers.confirm(plan, notice, viewer));
    }
}
