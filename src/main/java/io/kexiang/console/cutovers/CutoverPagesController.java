package io.kexiang.console.cutovers;

import io.kexiang.console.ConsoleSettings;
import io.kexiang.console.web.ConsoleProblems;
import io.kexiang.cutover.CutoverDesk;
import io.kexiang.inventory.ScopeSuggestions;
import io.kexiang.shared.ConflictException;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.RefusedException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
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
 * 割接: the calendar of windows (a week or a month), the plan editor with the impact shown live as the scope
 * changes, and a plan's page with its approval and the notices to account managers.
 */
@Controller
@PreAuthorize("hasAuthority('STAFF')")
class CutoverPagesController {

    private final CutoverDesk desk;
    private final ScopeSuggestions suggestions;
    private final ConsoleProblems problems;
    private final ZoneId zone;
    private final Clock clock;

    CutoverPagesController(CutoverDesk desk, ScopeSuggestions suggestions, ConsoleProblems problems,
            ConsoleSettings settings, Clock clock) {
        this.desk = desk;
        this.suggestions = suggestions;
        this.problems = problems;
        this.zone = settings.zone();
        this.clock = clock;
    }

    @GetMapping("/cutovers")
    String calendar(@RequestParam(defaultValue = "week") String view, @RequestParam(required = false) LocalDate date,
            Authentication viewer, Model model) {
        boolean month = view.equals("month");
        LocalDate day = date != null ? date : LocalDate.now(clock.withZone(zone));
        LocalDate first = month ? day.withDayOfMonth(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        int days = month ? 42 : 7;
        List<Map<String, Object>> windows = desk.windows(first.atStartOfDay(zone).toInstant(),
                first.plusDays(days).atStartOfDay(zone).toInstant(), viewer);
        List<CalendarDay> grid = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            grid.add(CalendarDay.of(first.plusDays(i), zone, windows, month ? day.getMonth() : null));
        }
        model.addAttribute("view", month ? "month" : "week");
        model.addAttribute("date", day);
        model.addAttribute("previous", month ? day.minusMonths(1) : day.minusWeeks(1));
        model.addAttribute("next", month ? day.plusMonths(1) : day.plusWeeks(1));
        model.addAttribute("days", grid);
        model.addAttribute("windows", windows);
        return "cutovers/calendar";
    }

    @GetMapping("/cutovers/new")
    @PreAuthorize("hasAnyRole('NOC_ENGINEER', 'TECH_SPECIALIST', 'DEPT_MANAGER', 'VP', 'ADMIN')")
    String editor(@ModelAttribute("plan") PlanForm plan) {
        return "cutovers/editor";
    }

    /**
     * The picker's suggestions for what is typed: elements and circuits containing it, and the interfaces of an
     * element named in full, as options of a datalist.
     */
    @GetMapping("/cutovers/scope-options")
    @PreAuthorize("hasAnyRole('NOC_ENGINEER', 'TECH_SPECIALIST', 'DEPT_MANAGER', 'VP', 'ADMIN')")
    String scopeOptions(@RequestParam(defaultValue = "") String pick, Model model) {
        String typed = pick.trim();
        boolean enough = typed.length() >= 2;
        model.addAttribute("elements", enough ? suggestions.elements(typed, 15) : List.of());
        model.addAttribute("interfaces", enough ? suggestions.interfaces(typed) : List.of());
        model.addAttribute("circuits", enough ? suggestions.circuits(typed, 15) : List.of());
        return "cutovers/editor :: options";
    }

    /** The impact of the plan as it stands in the editor, for htmx; a draft not yet complete says what it lacks. */
    @PostMapping("/cutovers/preview")
    @PreAuthorize("hasAnyRole('NOC_ENGINEER', 'TECH_SPECIALIST', 'DEPT_MANAGER', 'VP', 'ADMIN')")
    String preview(@ModelAttribute("plan") PlanForm plan, Authentication planner, Locale locale, Model model) {
        try {
            model.addAttribute("preview", desk.preview(plan.draft(zone), planner));
        } catch (InvalidInputException refused) {
            model.addAttribute("lacking", problems.of(refused, locale));
        }
        return "cutovers/editor :: impact";
    }

    @PostMapping("/cutovers")
    @PreAuthorize("hasAnyRole('NOC_ENGINEER', 'TECH_SPECIALIST', 'DEPT_MANAGER', 'VP', 'ADMIN')")
    String create(@ModelAttribute("plan") PlanForm plan, Authentication planner, Locale locale, Model model) {
        try {
            return "redirect:/cutovers/" + desk.create(plan.draft(zone), planner);
        } catch (InvalidInputException | ConflictException | RefusedException refused) {
            model.addAttribute("refused", problems.of(refused, locale));
            return "cutovers/editor";
        }
    }

    @GetMapping("/cutovers/{id}")
    String plan(@PathVariable long id, Authentication viewer, Model model) {
        model.addAttribute("plan", desk.plan(id, viewer));
        model.addAttribute("notices", desk.notices(id, viewer));
        model.addAttribute("rejectReasons", desk.rejectReasons());
        return "cutovers/plan";
    }

    @PostMapping("/cutovers/{id}/submit")
    String submit(@PathVariable long id, Authentication actor, Locale locale, RedirectAttributes flash) {
        return act(id, flash, locale, () -> desk.submit(id, actor));
    }

    @PostMapping("/cutovers/{id}/approve")
    String approve(@PathVariable long id, Authentication actor, Locale locale, RedirectAttributes flash) {
        return act(id, flash, locale, () -> desk.approve(id, actor));
    }

    @PostMapping("/cutovers/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String note, Authentication actor, Locale locale,
            RedirectAttributes flash) {
        return act(id, flash, locale, () -> desk.reject(id, reason, note, actor));
    }

    private String act(long id, RedirectAttributes flash, Locale locale, Runnable action) {
        return problems.act("/cutovers/" + id, flash, locale, action);
    }
}
