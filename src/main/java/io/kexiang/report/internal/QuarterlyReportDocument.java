package io.kexiang.report.internal;

import io.kexiang.kpi.Kpis;
import io.kexiang.report.QuarterlyReports;
import io.kexiang.report.QuarterlyReports.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** 季报 as a document: XHTML from {@code templates/reports/quarterly.html} for the page and the PDF; a workbook. */
@Component
class QuarterlyReportDocument {

    private final Documents documents;

    QuarterlyReportDocument(Documents documents) {
        this.documents = documents;
    }

    String xhtml(Report report, Locale language) {
        return documents.xhtml("reports/quarterly", Map.of("report", report, "time", documents.time(), "sections",
                QuarterlyReports.NARRATIVE), language);
    }

    byte[] pdf(Report report, Locale language) {
        return documents.pdf(xhtml(report, language));
    }

    byte[] workbook(Report report, Locale language) {
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
            sections.add(List.of(documents.say("report.quarterly." + section, language),
                    report.narrative().getOrDefault(section, "")));
        }
        List<List<Object>> escalations = report.escalations().stream().map(escalation -> List.<Object>of(
                escalation.kind(), escalation.detail(), escalation.raisedAt())).toList();
        return documents.workbook(List.of(
                documents.table("report.quarterly.sheet.kpis", "report.quarterly.col.kpis", language, kpis),
                documents.table("report.quarterly.sheet.sections", "report.quarterly.col.sections", language,
                        sections),
                documents.table("report.quarterly.sheet.escalations", "report.quarterly.col.escalations", language,
                        escalations)), language);
    }
}
