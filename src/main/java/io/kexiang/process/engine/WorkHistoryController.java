package io.kexiang.process.engine;

import io.kexiang.process.WorkHistory;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Text;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/work/archive} (已归档) and {@code /api/v1/work/statistics} (流程统计), for the centre's people. */
@RestController
@PreAuthorize("hasAnyRole('NOC_ENGINEER', 'TECH_SPECIALIST', 'DEPT_MANAGER', 'VP', 'ADMIN')")
class WorkHistoryController {

    private final WorkHistory history;

    WorkHistoryController(WorkHistory history) {
        this.history = history;
    }

    @GetMapping("/api/v1/work/archive")
    List<WorkHistory.Finished> archive(@RequestParam(required = false) String process,
            @RequestParam(required = false) String q, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String person,
            @RequestParam(required = false) String outcome, @RequestParam(defaultValue = "100") int limit) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate since = day("from", from, false, problems);
        LocalDate until = day("to", to, false, problems);
        if (limit < 1 || limit > 1000) {
            problems.add(FieldProblem.of("limit", limit, Text.of("problem.range", 1, 1000)));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        return history.archive(process, q, since, until, person, outcome, limit);
    }

    @GetMapping("/api/v1/work/statistics")
    List<WorkHistory.StepFigures> statistics(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate since = day("from", from, true, problems);
        LocalDate until = day("to", to, true, problems);
        if (since != null && until != null && until.isBefore(since)) {
            problems.add(FieldProblem.of("to", to, Text.of("ledger.toBeforeFrom")));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        return history.statistics(since, until);
    }

    private static LocalDate day(String field, String value, boolean required, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(FieldProblem.of(field, value, Text.of("problem.required")));
            }
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(FieldProblem.of(field, value, Text.of("ledger.day")));
            return null;
        }
    }
}
