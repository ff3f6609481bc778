package io.kexiang.report.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.report.QuarterlyReports;
import java.util.Locale;
import java.util.Set;
import io.kexiang.shared.excel.Sheets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/reports/quarterly}: 季报 of a quarter as JSON, PDF and Excel; its written sections saved as a draft
 * (PUT) and submitted (POST …/submission) by the centre's managers.
 */
@RestController
@PreAuthorize("hasAnyRole('NOC_ENGINEER', 'TECH_SPECIALIST', 'DEPT_MANAGER', 'VP', 'ADMIN')")
class QuarterlyReportController {

    private static final String API = "/api/v1/reports/quarterly";
    private static final String CONSOLE = "/reports/quarterly";

    private final QuarterlyReports reports;
    private final ObjectMapper json;

    QuarterlyReportController(QuarterlyReports reports, ObjectMapper json) {
        this.reports = reports;
        this.json = json;
    }

    @GetMapping(API)
    QuarterlyReports.Report report(@RequestParam(required = false) String quarter) {
        return reports.report(quarter);
    }

    /** Body: {@code {"narrative": {"projects": "…", …}, "typicalCaseNumbers": "GZ-…, RC-…"}}. */
    @PutMapping(API)
    @PreAuthorize("hasAnyRole('DEPT_MANAGER', 'VP', 'ADMIN')")
    QuarterlyReports.Report save(@RequestParam(required = false) String quarter, @RequestBody byte[] body,
            Authentication caller) {
        NarrativeBody request = NarrativeBody.read(json, body, Set.of("typicalCaseNumbers"));
        return reports.save(quarter, request.narrative(), request.request().path("typicalCaseNumbers").asText(null),
                caller);
    }

    @PostMapping(API + "/submission")
    @PreAuthorize("hasAnyRole('DEPT_MANAGER', 'VP', 'ADMIN')")
    QuarterlyReports.Report submit(@RequestParam(required = false) String quarter, Authentication caller) {
        return reports.submit(quarter, caller);
    }

    @GetMapping({API + ".pdf", CONSOLE + ".pdf"})
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String quarter, Locale locale) {
        QuarterlyReports.Report report = reports.report(quarter);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"quarterly-report-" + report.quarter() + ".pdf\"").body(reports.pdf(report,
                        locale));
    }

    @GetMapping({API + ".xlsx", CONSOLE + ".xlsx"})
    ResponseEntity<byte[]> workbook(@RequestParam(required = false) String quarter, Locale locale) {
        QuarterlyReports.Report report = reports.report(quarter);
        return ResponseEntity.ok().contentType(Sheets.XLSX).header(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"quarterly-report-" + report.quarter() + ".xlsx\"").body(reports.workbook(
                        report, locale));
    }
}
