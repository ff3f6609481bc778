package io.kexiang.console.admin;

import io.kexiang.console.web.ConsoleProblems;
import io.kexiang.ingest.RuleFiles;
import io.kexiang.mib.MibRegistry;
import io.kexiang.mib.MibUploads;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Texts;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 系统维护 · MIB 与规则: the MIB modules compiled (problems by file and line), a module uploaded, the folder
 * recompiled; the normalisation rules and what they cover, read again without a restart.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class MibPagesController {

    private final MibRegistry mibs;
    private final MibUploads uploads;
    private final RuleFiles rules;
    private final ConsoleProblems problems;
    private final Texts texts;

    MibPagesController(MibRegistry mibs, MibUploads uploads, RuleFiles rules, ConsoleProblems problems, Texts texts) {
        this.mibs = mibs;
        this.uploads = uploads;
        this.rules = rules;
        this.problems = problems;
        this.texts = texts;
    }

    @GetMapping("/admin/mibs")
    String page(Model model) {
        model.addAttribute("mibs", mibs.report());
        model.addAttribute("rules", rules.report());
        return "admin/mibs";
    }

    /** A module that does not compile comes back with each problem as a line of a table, and is not kept. */
    @PostMapping("/admin/mibs")
    String upload(@RequestParam MultipartFile file, Locale locale, Model model) throws IOException {
        try {
            uploads.upload(file.getOriginalFilename(), file.getBytes());
            model.addAttribute("uploaded", file.getOriginalFilename());
        } catch (InvalidInputException refused) {
            model.addAttribute("refused", problems.of(new InvalidInputException(refused.status(), refused.text(),
                    List.of()), locale));
            model.addAttribute("problems", refused.problems().stream().map(problem -> new ImportPagesController
                    .Problem(problem.line(), problem.field(), problem.value(), texts.say(problem.reason(), locale)))
                    .toList());
        }
        return page(model);
    }

    @PostMapping("/admin/mibs/reload")
    String reloadMibs(Locale locale, RedirectAttributes flash) {
        return problems.act("/admin/mibs", flash, locale, mibs::reload);
    }

    @PostMapping("/admin/rules/reload")
    String reloadRules(Locale locale, RedirectAttributes flash) {
        return problems.act("/admin/mibs", flash, locale, rules::reload);
    }
}
