package io.kexiang.console.admin;

import io.kexiang.console.web.ConsoleProblems;
import io.kexiang.ingest.SnmpAccess;
import java.security.Principal;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 系统维护 · SNMP 接入: where the receiver listens, its communities and source rules (from the configuration), and
 * the SNMPv3 users, added, changed and removed here without a restart.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class SnmpPagesController {

    private final SnmpAccess access;
    private final ConsoleProblems problems;

    SnmpPagesController(SnmpAccess access, ConsoleProblems problems) {
        this.access = access;
        this.problems = problems;
    }

    @GetMapping("/admin/snmp")
    String page(Model model) {
        model.addAttribute("receiver", access.receiver());
        model.addAttribute("users", access.users());
        return "admin/snmp";
    }

    @PostMapping("/admin/snmp/users")
    String put(@RequestParam String name, @RequestParam(required = false) String authProtocol,
            @RequestParam(required = false) String authPassphrase, @RequestParam(required = false) String privProtocol,
            @RequestParam(required = false) String privPassphrase, Principal admin, Locale locale,
            RedirectAttributes flash) {
        return problems.act("/admin/snmp", flash, locale, () -> access.put(name.trim(), authProtocol, authPassphrase,
                privProtocol, privPassphrase, admin.getName()));
    }

    @PostMapping("/admin/snmp/users/{name}/remove")
    String remove(@PathVariable String name, Locale locale, RedirectAttributes flash) {
        return problems.act("/admin/snmp", flash, locale, () -> access.remove(name));
    }
}
