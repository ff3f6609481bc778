package io.kexiang.console.reports;

import io.kexiang.console.web.ConsoleProblems;
import io.kexiang.inventory.CustomerBook;
import io.kexiang.report.IncidentSummaries;
import io.kexiang.report.OperationReports;
import io.kexiang.report.QuarterlyReports;
import io.kexiang.report.ReportDeliveries;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.web.DayRange;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 报表: the operation analysis report of a customer and month in the console, with its PDF and Excel, for the
 * centre and for account managers (their own customers, to forward).
 */
@Controller
@PreAuthorize("hasAuthority('STAFF')")
class ReportPagesController {

    private final OperationReports reports;
    private final ReportDeliveries deliveries;
    private final QuarterlyReports quarterlies;
    private final IncidentSummaries incidents;
    private final CustomerBook customers;
    private final ConsoleProblems problems;
    private final Clock clock;
    private final ZoneId zone;

    ReportPagesController(OperationReports reports, ReportDeliveries deliveries, QuarterlyReports quarterlies,
            IncidentSummaries incidents, CustomerBook customers, ConsoleProblems problems, Clock clock,
            @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.quarterlies = quarterlies;
        this.incidents = incidents;
        this.reports = reports;
        this.deliveries = deliveries;
        this.customers = customers;
        this.problems = problems;
        this.clock = clock;
        this.zone = zone;
    }

    /** 应交报告: the reports owed, soonest due first, with a button to record each delivered. */
    @GetMapping("/reports/deliveries")
    String deliveries(@RequestParam(required = false) String state, Authentication viewer, Model model) {
        String shown = state == null ? "open" : state;
        model.addAttribute("state", shown);
        model.addAttribute("deliveries", deliveries.list(shown.equals("all") ? null : shown, viewer));
        model.addAttribute("now", clock.instant());
        return "reports/deliveries";
    }

    @PostMapping("/reports/deliveries/{id}/delivered")
    String delivered(@PathVariable long id, @RequestParam(required = false) String note, Authentication viewer,
            Locale locale, RedirectAttributes flash) {
        return problems.act("/reports/deliveries", flash, locale, () -> deliveries.deliver(id,
                note == null || note.isBlank() ? null : note, viewer));
    }

    /** 季报: the quarter's computed sections, the written ones in a form (managers), save and submit. */
    @GetMapping("/reports/quarterly")
    String quarterly(@RequestParam(required = false) String quarter, Locale locale, Model model) {
        try {
            model.addAttribute("report", quarterlies.report(quarter));
            model.addAttribute("time", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .withZone(zone));
            model.addAttribute("sections", QuarterlyReports.NARRATIVE);
        } catch (InvalidInputException refused) {
            model.addAttribute("refused", problems.of(refused, locale));
        }
        return "reports/quarterly-page";
    }

    @PostMapping("/reports/quarterly")
    String saveQuarterly(@RequestParam String quarter, @RequestParam Map<String, String> form,
            @RequestParam(required = false) String submit, Authentication viewer, Locale locale,
            RedirectAttributes flash) {
        Map<String, String> narrative = new LinkedHashMap<>();
        QuarterlyReports.NARRATIVE.forEach(section -> narrative.put(section, form.get(section)));
        return problems.act("/reports/quarterly?quarter=" + quarter, flash, locale, () -> {
            quarterlies.save(quarter, narrative, form.get("typicalCaseNumbers"), viewer);
            if (submit != null) {
                quarterlies.submit(quarter, viewer);
            }
        });
    }

    /** 应急事件总结: the major incidents declared in the period (default the last year), newest first. */
    @GetMapping("/reports/incidents")
    @PreAuthorize("hasAnyRole('NOC_ENGINEER','TECH_SPECIALIST','DEPT_MANAGER','VP','ADMIN')")
    String incidents(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
            Locale locale, Model model) {
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("time", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone));
        try {
            DayRange days = DayRange.open(from, to);
            model.addAttribute("now", clock.instant());
            model.addAttribute("incidents", incidents.list(days.since(zone), days.until(zone)));
        } catch (InvalidInputException refused) {
            model.addAttribute("refused", problems.of(refused, locale));
        }
        return "reports/incidents";
    }

    /** An incident's summary: the computed sections, the written ones in a form (specialists, managers). */
    @GetMapping("/reports/incidents/{id}")
    @PreAuthorize("hasAnyRole('NOC_ENGINEER','TECH_SPECIALIST','DEPT_MANAGER','VP','ADMIN')")
    String incident(@PathVariable long id, Locale locale, Model model) {
        model.addAllAttributes(incidents.documentModel(incidents.summary(id), locale));
        return "reports/incident-page";
    }

    @PostMapping("/reports/incidents/{id}")
    @PreAuthorize("hasAnyRole('TECH_SPECIALIST','DEPT_MANAGER','VP','ADMIN')")
    String saveIncident(@PathVariable long id, @RequestParam Map<String, String> form,
            @RequestParam(required = false) String submit, Authentication viewer, Locale locale,
            RedirectAttributes flash) {
        Map<String, String> narrative = new LinkedHashMap<>();
        IncidentSummaries.NARRATIVE.forEach(section -> narrative.put(section, form.get(section)));
        return problems.act("/reports/incidents/" + id, flash, locale, () -> {
            incidents.save(id, narrative, viewer);
            if (submit != null) {
                incidents.submit(id, viewer);
            }
        });
    }

    @GetMapping("/reports/operation")
    String operation(@RequestParam(required = false) String customer, @RequestParam(required = false) String month,
            Authentication viewer, Locale locale, Model model) {
        String shown = month == null || month.isBlank() ? YearMonth.now(clock.withZone(zone)).minusMonths(1)
                .toString() : month;
        model.addAttribute("customer", customer);
        model.addAttribute("month", shown);
        model.addAttribute("customers", customers.customers(null, viewer, 500));
        if (customer != null && !customer.isBlank()) {
            try {
                model.addAllAttributes(reports.documentModel(reports.report(customer, shown, viewer), locale));
            } catch (InvalidInputException refused) {
                model.addAttribute("refused", problems.of(refused, locale));
            }
        }
        return "reports/page";
    }
}
