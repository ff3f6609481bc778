package io.kexiang.shared.pdf;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.kexiang.shared.RefusedException;
import io.kexiang.shared.Text;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * XHTML to PDF (openhtmltopdf, unmodified) with a CJK font embedded ({@code kexiang.reports.cjk-font}, Debian's
 * fonts-droid-fallback by default), for every report Kexiang writes. Without the font Chinese cannot be drawn: the
 * PDF is refused (503) with the reason, and the report's HTML still works.
 */
@Component
public class PdfDocuments {

    /** The family name the reports' style sheets ask for. */
    public static final String CJK_FAMILY = "CJK";

    private final File cjkFont;

    PdfDocuments(@Value("${kexiang.reports.cjk-font:/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf}")
            File cjkFont) {
        this.cjkFont = cjkFont;
    }

    /** The CJK font file, for drawing charts with the same letters. */
    public File cjkFont() {
        return cjkFont;
    }

    public byte[] render(String xhtml) {
        if (!cjkFont.canRead()) {
            throw new RefusedException(503, Text.of("ticket.noCjkFont", cjkFont.toString()));
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(cjkFont, CJK_FAMILY);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(pdf);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("rendering a PDF failed", e);
        }
        return pdf.toByteArray();
    }
}
