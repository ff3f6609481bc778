package io.kexiang.process.engine;

import io.kexiang.process.TaskDesk;
import io.kexiang.process.WorkHistory;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Text;
import io.kexiang.shared.web.DayRange;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/work/in-progress} (在途), {@code /api/v1/work/archive} (已归档) and {@code /api/v1/work/statistics} (流程统计), for the centre's people. */
@RestController
@PreAuthorize("hasAnyRole('NOC_ENGINEER', 'TECH_SPECIALIST', 'DEPT_MANAGER', 'VP', 'ADMIN')")
class WorkHistoryController {

    private final WorkHistory history;
    private final TaskDesk tasks;

    WorkHistoryController(WorkHistory history, TaskDesk tasks) {
        this.history = history;
        this.tasks = tasks;
    }

    /** Work in progress (在途): every open step of a process, whoever holds it, soonest due first. */
    @GetMapping("/api/v1/work/in-progress")
    List<TaskDesk.WorkTask> inProgress(@RequestParam(required = false) String process) {
        return tasks.inProgress(process == null || process.isBlank() ? null : process);
    }

    @GetMapping("/api/v1/work/archive")
    List<WorkHistory.Finished> archive(@RequestParam(required = false) String process,
            @RequestParam(required = false) String q, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String person,
            @RequestParam(required = false) String outcome, @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw InvalidInputException.badRequest(FieldProblem.of("limit", limit, Text.of("problem.range", 1, 1000)));
        }
        DayRange period = DayRange.open(from, to);
        return history.archive(process, q, period.from(), period.to(), person, outcome, limit);
    }

    @GetMapping("/api/v1/work/statistics")
    List<WorkHistory.StepFigures> statistics(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        DayRange period = DayRange.of(from, to);
        return history.statistics(period.from(), period.to());
    }
}
