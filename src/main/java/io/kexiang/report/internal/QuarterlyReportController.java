package io.kexiang.report.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.report.QuarterlyReports;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Text;
import io.kexiang.shared.web.JsonBodies;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
        JsonNode request = JsonBodies.object(json, body);
        List<FieldProblem> problems = new ArrayList<>();
        request.fieldNames().forEachRemaining(name -> {
            if (!name.equals("narrative") && !name.equals("typicalCaseNumbers")) {
                problems.add(FieldProblem.of(name, null, Text.of("problem.unknownField")));
            }
        });
        if (request.has("narrative") && !request.get("narrative").isObject()) {
            problems.add(FieldProblem.of("narrative", request.get("narrative").toString(), Text.of("problem.jsonObject")));
        }
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        Map<String, String> narrative = new LinkedHashMap<>();
        request.path("narrative").fields().forEachRemaining(field -> narrative.put(field.getKey(),
                field.getValue().asText(null)));
        return reports.save(quarter, narrative, request.path("typicalCaseNumbers").asText(null), caller);
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
