package io.kexiang.ticket.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.kexiang.shared.RefusedException;
import io.kexiang.shared.Text;
import io.kexiang.ticket.store.TicketVisibility;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
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
 * {@code /api/v1/tickets/{id}/report.html} and {@code .pdf}: the fault report of a resolved ticket. The PDF embeds a
 * CJK font ({@code kexiang.reports.cjk-font}, Debian's fonts-droid-fallback by default), without which Chinese
 * cannot be drawn: then the PDF is refused with the reason, and the HTML still works.
 */
@RestController
@PreAuthorize("hasAuthority('STAFF') or hasRole('NMS_CLIENT')")
class FaultReportController {

    private final FaultReport report;
    private final File cjkFont;

    private final TicketVisibility visibility;

    FaultReportController(FaultReport report, TicketVisibility visibility, @Value("${kexiang.reports.cjk-font:"
            + "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf}") File cjkFont) {
        this.report = report;
        this.visibility = visibility;
        this.cjkFont = cjkFont;
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
        String xhtml = report.xhtml(id);
        if (!cjkFont.canRead()) {
            throw new RefusedException(503, Text.of("ticket.noCjkFont", cjkFont.toString()));
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(cjkFont, "CJK");
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("rendering the fault report failed", e);
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"fault-report-" + id + ".pdf\"")
                .body(pdf.toByteArray());
    }
}
