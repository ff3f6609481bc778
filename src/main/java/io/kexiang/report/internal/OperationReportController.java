package io.kexiang.report.internal;

import io.kexiang.report.OperationReports;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import io.kexiang.shared.excel.Sheets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 运行分析报告 for a customer and month as JSON, printable HTML, PDF and Excel, in the reply's language (zh-CN unless
 * the caller asks for English). The console's paths are the same under {@code /reports}: a signed-in browser has a
 * session, not the API's Basic or token.
 */
@RestController
@PreAuthorize("hasAuthority('STAFF')")
class OperationReportController {

    private static final String API = "/api/v1/reports/operation-analysis";
    private static final String CONSOLE = "/reports/operation";

    private final OperationReports reports;

    OperationReportController(OperationReports reports) {
        this.reports = reports;
    }

    @GetMapping(API)
    OperationReports.Report report(@RequestParam(required = false) String customer,
            @RequestParam(required = false) String month, Authentication caller) {
        return reports.report(customer, month, caller);
    }

    @GetMapping({API + ".html", CONSOLE + ".html"})
    ResponseEntity<String> html(@RequestParam(required = false) String customer,
            @RequestParam(required = false) String month, Authentication caller, Locale locale) {
        return ResponseEntity.ok().contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .body(reports.xhtml(reports.report(customer, month, caller), locale));
    }

    @GetMapping({API + ".pdf", CONSOLE + ".pdf"})
    ResponseEntity<byte[]> pdf(@RequestParam(required = false) String customer,
            @RequestParam(required = false) String month, Authentication caller, Locale locale) {
        OperationReports.Report report = reports.report(customer, month, caller);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(report, "pdf"))
                .body(reports.pdf(report, locale));
    }

    @GetMapping({API + ".xlsx", CONSOLE + ".xlsx"})
    ResponseEntity<byte[]> workbook(@RequestParam(required = false) String customer,
            @RequestParam(required = false) String month, Authentication caller, Locale locale) {
        OperationReports.Report report = reports.report(customer, month, caller);
        return ResponseEntity.ok().contentType(Sheets.XLSX).header(HttpHeaders.CONTENT_DISPOSITION, attachment(report, "xlsx"))
                .body(reports.workbook(report, locale));
    }

    private static String attachment(OperationReports.Report report, String kind) {
        return "attachment; filename=\"operation-report-%s-%s.%s\"".formatted(report.customerCode(), report.month(),
                kind);
    }
}
