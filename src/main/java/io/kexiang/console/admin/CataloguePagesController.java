package io.kexiang.console.admin;

import io.kexiang.console.web.ConsoleProblems;
import io.kexiang.cutover.CutoverDesk;
import io.kexiang.shared.audit.AuditTrail;
import io.kexiang.ticket.TicketDesk;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 系统维护 · 目录与审计: the fault reasons a resolution picks from (故障原因维护), the reasons an approver gives for a
 * rejection (不同意原因维护), and the audit trail of every inventory and person change.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class CataloguePagesController {

    private final TicketDesk tickets;
    private final CutoverDesk cutovers;
    private final AuditTrail audit;
    private final ConsoleProblems problems;

    CataloguePagesController(TicketDesk tickets, CutoverDesk cutovers, AuditTrail audit, ConsoleProblems problems) {
        this.tickets = tickets;
        this.cutovers = cutovers;
        this.audit = audit;
        this.problems = problems;
    }

    @GetMapping("/admin/catalogues")
    String catalogues(Model model) {
        model.addAttribute("faultReasons", tickets.faultReasonCatalogue());
        model.addAttribute("rejectReasons", cutovers.rejectReasons());
        return "admin/catalogues";
    }

    @PostMapping("/admin/catalogues/fault-reasons")
    String faultReason(@RequestParam String code, @RequestParam String name, @RequestParam String category,
            @RequestParam(defaultValue = "false") boolean active, Locale locale, RedirectAttributes flash) {
        return act(flash, locale, () -> tickets.putFaultReason(code.trim().toUpperCase(Locale.ROOT), name, category,
                active));
    }

    @PostMapping("/admin/catalogues/reject-reasons")
    String rejectReason(@RequestParam String code, @RequestParam String nameZh, @RequestParam String nameEn,
            @RequestParam(defaultValue = "false") boolean active, Locale locale, RedirectAttributes flash) {
        return act(flash, locale, () -> cutovers.putRejectReason(code.trim().toUpperCase(Locale.ROOT), nameZh, nameEn,
                active));
    }

    @GetMapping("/admin/audit")
    String audit(@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityKey,
            @RequestParam(required = false) String actor, Model model) {
        model.addAttribute("entityType", entityType);
        model.addAttribute("entityKey", entityKey);
        model.addAttribute("actor", actor);
        model.addAttribute("entries", audit.newest(entityType, entityKey, actor, 200));
        return "admin/audit";
    }

    private String act(RedirectAttributes flash, Locale locale, Runnable action) {
        return problems.act("/admin/catalogues", flash, locale, action);
    }
}
