package io.kexiang.ticket.report;

import io.kexiang.shared.excel.Sheets;
import io.kexiang.shared.pdf.PdfDocuments;
import io.kexiang.ticket.store.TicketVisibility;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/tickets/{id}/report.html}, {@code .pdf} and {@code .xlsx}: the fault report of a resolved ticket
 * (the PDF by {@link PdfDocuments}, with its CJK font).
 */
@RestController
@PreAuthorize("hasAuthority('STAFF') or hasRole('NMS_CLIENT')")
class FaultReportController {

    private final FaultReport report;
    private final TicketVisibility visibility;
    private final PdfDocuments pdfs;

    FaultReportController(FaultReport report, TicketVisibility visibility, PdfDocuments pdfs) {
        this.report = report;
        this.visibility = visibility;
        this.pdfs = pdfs;
    }

    // The console's path too: a signed-in browser has a session, not the API's Basic or token.
    @GetMapping({"/api/v1/tickets/{id}/report.html", "/tickets/{id}/report.html"})
    @Transactional(readOnly = true)
    ResponseEntity<String> html(@PathVariable long id, Authentication caller) {
        visibility.require(id, caller);
        return ResponseEntity.ok().contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .body(report.xhtml(id));
    }

    @GetMapping({"/api/v1/tickets/{id}/report.pdf", "/tickets/{id}/report.pdf"})
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> pdf(@PathVariable long id, Authentication caller) {
        visibility.require(id, caller);
        byte[] pdf = pdfs.render(report.xhtml(id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"fault-report-" + id + ".pdf\"")
                .body(pdf);
    }

    @GetMapping({"/api/v1/tickets/{id}/report.xlsx", "/tickets/{id}/report.xlsx"})
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> workbook(@PathVariable long id, Authentication caller) {
        visibility.require(id, caller);
        return ResponseEntity.ok().contentType(Sheets.XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"fault-report-" + id + ".xlsx\"")
                .body(report.workbook(id));
    }
}
