package io.kexiang.report.internal;

import io.kexiang.shared.Text;
import io.kexiang.shared.Texts;
import io.kexiang.shared.chart.Charts;
import io.kexiang.shared.excel.Sheets;
import io.kexiang.shared.pdf.PdfDocuments;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * What every report's document is made with: its XHTML template (the console page shows the {@code report}
 * fragment, the PDF the whole), the PDF renderer with the CJK font, charts drawn on the server, the catalogue's
 * words in the reader's language, times in the centre's zone, and the workbook.
 */
@Component
class Documents {

    private final TemplateEngine templates;
    private final PdfDocuments pdfs;
    private final Charts charts;
    private final Texts texts;
    private final ZoneId zone;
    private final DateTimeFormatter time;

    Documents(TemplateEngine templates, PdfDocuments pdfs, Texts texts,
            @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.templates = templates;
        this.pdfs = pdfs;
        this.charts = new Charts(pdfs.cjkFont());
        this.texts = texts;
        this.zone = zone;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
    }

    /** {@code yyyy-MM-dd HH:mm} in the centre's zone, as every report writes a time. */
    DateTimeFormatter time() {
        return time;
    }

    Charts charts() {
        return charts;
    }

    String xhtml(String template, Map<String, Object> model, Locale language) {
        Context context = new Context(language);
        context.setVariables(model);
        return templates.process(template, context);
    }

    byte[] pdf(String xhtml) {
        return pdfs.render(xhtml);
    }

    /** The sheets, yes and no written in the reader's language. */
    byte[] workbook(List<Sheets.Table> tables, Locale language) {
        boolean chinese = !"en".equals(language.getLanguage());
        return Sheets.of(tables, zone, chinese ? "是" : "yes", chinese ? "否" : "no");
    }

    /** A sheet whose column headers are one catalogue entry, {@code |} between them. */
    Sheets.Table table(String nameCode, String headersCode, Locale language, List<List<Object>> rows) {
        return new Sheets.Table(say(nameCode, language), List.of(say(headersCode, language).split("\\|")), rows);
    }

    String say(String code, Locale language) {
        return texts.say(Text.of(code), language);
    }
}
