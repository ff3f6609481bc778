package io.kexiang.console.work;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.console.web.ConsoleProblems;
import io.kexiang.identity.Role;
import io.kexiang.process.TaskDesk;
import io.kexiang.process.WorkCases;
import io.kexiang.process.WorkHistory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 流程工作台: the work of the centre's processes. 我的待办 (tasks I hold or may claim, soonest due first, amber once
 * warned and red once late), a task with its form and files (claim, attach, complete), 已归档 and 流程统计.
 */
@Controller
@PreAuthorize("hasAuthority('STAFF')")
class WorkController {

    private final TaskDesk tasks;
    private final WorkHistory history;
    private final io.kexiang.cutover.CutoverDesk cutovers;
    private final java.time.Clock clock;
    private final ConsoleProblems problems;
    private final ZoneId zone;
    private final ObjectMapper json;
    private final WorkCases cases;

    WorkController(TaskDesk tasks, WorkHistory history, io.kexiang.cutover.CutoverDesk cutovers,
            ConsoleProblems problems, @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone,
            java.time.Clock clock, ObjectMapper json, WorkCases cases) {
        this.json = json;
        this.cases = cases;
        this.clock = clock;
        this.cutovers = cutovers;
        this.tasks = tasks;
        this.history = history;
        this.problems = problems;
        this.zone = zone;
    }

    @GetMapping("/work")
    String todo(Authentication viewer, Model model) {
        model.addAttribute("tasks", tasks.open(viewer));
        return "work/todo";
    }

    @GetMapping("/work/tasks/{id}")
    String task(@PathVariable String id, Authentication viewer, Model model) {
        model.addAttribute("task", tasks.task(id, viewer));
        model.addAttribute("me", viewer.getName());
        return "work/task";
    }

    @PostMapping("/work/tasks/{id}/claim")
    String claim(@PathVariable String id, Authentication viewer, Locale locale, RedirectAttributes flash) {
        return problems.act("/work/tasks/" + id, flash, locale, () -> tasks.claim(id, viewer));
    }

    /** The form's fields come as request parameters named after them; empty ones count as not given. */
    @PostMapping("/work/tasks/{id}/complete")
    String complete(@PathVariable String id, @RequestParam Map<String, String> parameters, Authentication viewer,
            Locale locale, RedirectAttributes flash) {
        Map<String, Object> values = new LinkedHashMap<>();
        parameters.forEach((name, value) -> {
            if (!name.startsWith("_") && value != null && !value.isBlank()) {
                values.put(name, value);
            }
        });
        String back = problems.act("/work/tasks/" + id, flash, locale, labels(id, viewer),
                () -> tasks.complete(id, values, viewer));
        return flash.getFlashAttributes().containsKey("refused") ? back : "redirect:/work";
    }

    /** The task's form labels by field id; none when the task is not the viewer's to see (complete says why). */
    private Map<String, String> labels(String id, Authentication viewer) {
        Map<String, String> labels = new LinkedHashMap<>();
        try {
            tasks.task(id, viewer).form().forEach(field -> labels.put(field.id(), field.name()));
        } catch (io.kexiang.shared.ForbiddenException | io.kexiang.shared.NotFoundException unseen) {
            return Map.of();
        }
        return labels;
    }

    @PostMapping("/work/tasks/{id}/attachments")
    String attach(@PathVariable String id, @RequestParam("file") MultipartFile file, Authentication viewer,
            Locale locale, RedirectAttributes flash) {
        return problems.act("/work/tasks/" + id, flash, locale, () -> {
            try {
                tasks.attach(id, file.getOriginalFilename(), file.getBytes(), viewer);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * 待审批: the approvals waiting for me: the process steps that decide on others' work and that I hold or may
     * claim, and, for the people who approve cutovers, the plans submitted for approval.
     */
    @GetMapping("/work/approvals")
    String approvals(Authentication viewer, Model model) {
        model.addAttribute("tasks", tasks.open(viewer).stream().filter(TaskDesk.WorkTask::approval).toList());
        boolean approver = Role.heldBy(viewer, Role.TECH_SPECIALIST, Role.DEPT_MANAGER, Role.ADMIN);
        java.time.Instant now = clock.instant();
        model.addAttribute("plans", approver ? cutovers.windows(now.minus(java.time.Duration.ofDays(1)),
                now.plus(java.time.Duration.ofDays(366)), viewer).stream()
                .filter(plan -> "submitted".equals(plan.get("status"))).toList() : List.of());
        return "work/approvals";
    }

    /** A check, order or pre-sales case followed step by step; 404 as well when the viewer may not see it. */
    @GetMapping("/work/cases/{number}")
    String workCase(@PathVariable String number, Authentication viewer, Model model) {
        model.addAttribute("workCase", cases.find(number, viewer)
                .orElseThrow(() -> new io.kexiang.shared.NotFoundException("workCase", number)));
        return "work/case";
    }

    @GetMapping("/work/archive")
    @PreAuthorize("hasAnyRole('NOC_ENGINEER', 'TECH_SPECIALIST', 'DEPT_MANAGER', 'VP', 'ADMIN')")
    String archive(@RequestParam(required = false) String process, @RequestParam(required = false) String q,
            Model model) {
        model.addAttribute("finished", history.archive(blank(process), blank(q), null, null, null, null, 200));
        model.addAttribute("process", process);
        model.addAttribute("q", q);
        return "work/archive";
    }

    @GetMapping("/work/statistics")
    @PreAuthorize("hasAnyRole('NOC_ENGINEER', 'TECH_SPECIALIST', 'DEPT_MANAGER', 'VP', 'ADMIN')")
    String statistics(@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
            Model model) {
        LocalDate today = LocalDate.now(zone);
        LocalDate since = from == null ? today.withDayOfMonth(1) : from;
        LocalDate until = to == null ? today : to;
        List<WorkHistory.StepFigures> figures = history.statistics(since, until);
        model.addAttribute("figures", figures);
        model.addAttribute("byProcess", StatisticsTotals.byProcess(figures));
        model.addAttribute("byDepartment", StatisticsTotals.byDepartment(figures));
        model.addAttribute("chart", write(StatisticsTotals.chart(figures)));
        model.addAttribute("from", since);
        model.addAttribute("to", until);
        return "work/statistics";
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
