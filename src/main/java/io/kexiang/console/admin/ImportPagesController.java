package io.kexiang.console.admin;

import io.kexiang.console.web.ConsoleProblems;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Texts;
import io.kexiang.shared.csv.CsvImports;
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

/**
 * 系统维护 · 导入: a CSV of people, elements, customers or circuits, with a dry run. A refused file changes nothing
 * and its problems are shown as a table by line and column, as the API's 422 lists them.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class ImportPagesController {

    private final CsvImports imports;
    private final ConsoleProblems problems;
    private final Texts texts;

    ImportPagesController(CsvImports imports, ConsoleProblems problems, Texts texts) {
        this.imports = imports;
        this.problems = problems;
        this.texts = texts;
    }

    /** A refused file's problem as a line of the table. */
    public record Problem(Integer line, String column, String value, String reason) {
    }

    @GetMapping("/admin/import")
    String page(Model model) {
        model.addAttribute("kinds", imports.kinds());
        return "admin/import";
    }

    @PostMapping("/admin/import")
    String run(@RequestParam String kind, @RequestParam MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun, Locale locale, Model model) throws IOException {
        model.addAttribute("kinds", imports.kinds());
        model.addAttribute("kind", kind);
        model.addAttribute("dryRun", dryRun);
        try {
            model.addAttribute("counts", imports.run(kind, file.getBytes(), dryRun));
        } catch (InvalidInputException refused) {
            model.addAttribute("refused", problems.of(new InvalidInputException(refused.status(), refused.text(),
                    List.of()), locale));
            model.addAttribute("problems", refused.problems().stream().map(problem -> problem(problem, locale))
                    .toList());
        }
        return "admin/import";
    }

    private Problem problem(FieldProblem problem, Locale locale) {
        return new Problem(problem.line(), problem.field(), problem.value(), texts.say(problem.reason(), locale));
    }
}
