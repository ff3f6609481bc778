package io.kexiang.report.internal;

import io.kexiang.kpi.Kpis;
import io.kexiang.report.QuarterlyReports;
import io.kexiang.report.QuarterlyReports.Report;
import io.kexiang.shared.Text;
import io.kexiang.shared.Texts;
import io.kexiang.shared.excel.Sheets;
import io.kexiang.shared.pdf.PdfDocuments;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/** 季报 as a document: XHTML from {@code templates/reports/quarterly.html} for the page and the PDF; a workbook. */
@Component
class QuarterlyReportDocument {

    private final TemplateEngine templates;
    private final PdfDocuments pdfs;
    private final Texts texts;
    private final ZoneId zone;
    private final DateTimeFormatter time;

    QuarterlyReportDocument(TemplateEngine templates, PdfDocuments pdfs, Texts texts,
            @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.templates = templates;
        this.pdfs = pdfs;
        this.texts = texts;
        this.zone = zone;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
    }

    String xhtml(Report report, Locale language) {
        Context context = new Context(language);
        context.setVariable("report", report);
        context.setVariable("time", time);
        context.setVariable("sections", QuarterlyReports.NARRATIVE);
        return templates.process("reports/quarterly", context);
    }

    byte[] pdf(Report report, Locale language) {
        return pdfs.render(xhtml(report, language));
    }

    byte[] workbook(Report report, Locale language) {
        boolean chinese = !"en".equals(language.getLanguage());
        List<List<Object>> kpis = new ArrayList<>();
        for (Kpis.Figure figure : report.kpis()) {
            List<Object> row = new ArrayList<>();
            row.add(figure.definition().name());
            row.add(figure.value());
            row.add(figure.definition().target());
            row.add(figure.met());
            row.add(figure.counted());
            kpis.add(row);
        }
        List<List<Object>> sections = new ArrayList<>();
        for (String section : QuarterlyReports.NARRATIVE) {
            sections.add(List.of(say("report.quarterly." + section, language),
                    report.narrative().getOrDefault(section, "")));
        }
        List<List<Object>> escalations = report.escalations().stream().map(escalation -> List.<Object>of(
                escalation.kind(), escalation.detail(), escalation.raisedAt())).toList();
        return Sheets.of(List.of(
                new Sheets.Table(say("report.quarterly.sheet.kpis", language),
                        List.of(say("report.quarterly.col.kpis", language).split("\\|")), kpis),
                new Sheets.Table(say("report.quarterly.sheet.sections", language),
                        List.of(say("report.quarterly.col.sections", language).split("\\|")), sections),
                new Sheets.Table(say("report.quarterly.sheet.escalations", language),
                        List.of(say("report.quarterly.col.escalations", language).split("\\|")), escalations)),
                zone, chinese ? "是" : "yes", chinese ? "否" : "no");
    }

    private String say(String code, Locale language) {
        return texts.say(Text.of(code), language);
    }
}
