package io.kexiang.report.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.report.IncidentSummaries;
import io.kexiang.shared.excel.Sheets;
import io.kexiang.shared.web.DayRange;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/reports/incidents}: the major incidents with their 应急事件总结 as JSON, PDF and Excel; the written
 * sections saved (PUT) by the centre's specialists and managers, submitted (POST …/submission) by its managers.
 */
@RestController
@PreAuthorize("hasAnyRole('NOC_ENGINEER', 'TECH_SPECIALIST', 'DEPT_MANAGER', 'VP', 'ADMIN')")
class IncidentSummaryController {

    private static final String API = "/api/v1/reports/incidents";
    private static final String CONSOLE = "/reports/incidents";

    private final IncidentSummaries summaries;
    private final ObjectMapper json;
    private final ZoneId zone;

    IncidentSummaryController(IncidentSummaries summaries, ObjectMapper json,
            @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.summaries = summaries;
        this.json = json;
        this.zone = zone;
    }

    /** Declared between the days {@code from} and {@code to} (both included; default the last year), newest first. */
    @GetMapping(API)
    List<IncidentSummaries.Listed> list(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        DayRange days = DayRange.open(from, to);
        return summaries.list(days.since(zone), days.until(zone));
    }

    @GetMapping(API + "/{id}")
    IncidentSummaries.Summary summary(@PathVariable long id) {
        return summaries.summary(id);
    }

    /** Body: {@code {"narrative": {"actions": "…", "cause": "…", "lessons": "…", "improvements": "…"}}}. */
    @PutMapping(API + "/{id}")
    @PreAuthorize("hasAnyRole('TECH_SPECIALIST', 'DEPT_MANAGER', 'VP', 'ADMIN')")
    IncidentSummaries.Summary save(@PathVariable long id, @RequestBody byte[] body, Authentication caller) {
        return summaries.save(id, NarrativeBody.read(json, body, Set.of()).narrative(), caller);
    }

    @PostMapping(API + "/{id}/submission")
    @PreAuthorize("hasAnyRole('DEPT_MANAGER', 'VP', 'ADMIN')")
    IncidentSummaries.Summary submit(@PathVariable long id, Authentication caller) {
        return summaries.submit(id, caller);
    }

    @GetMapping({API + "/{id}.pdf", CONSOLE + "/{id}.pdf"})
    ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
        IncidentSummaries.Summary summary = summaries.summary(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"incident-summary-MI-" + id + ".pdf\"").body(summaries.pdf(summary, locale));
    }

    @GetMapping({API + "/{id}.xlsx", CONSOLE + "/{id}.xlsx"})
    ResponseEntity<byte[]> workbook(@PathVariable long id, Locale locale) {
        IncidentSummaries.Summary summary = summaries.summary(id);
        return ResponseEntity.ok().contentType(Sheets.XLSX).header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"incident-summary-MI-" + id + ".xlsx\"").body(summaries.workbook(summary,
                        locale));
    }
}
