package io.kexiang.report.internal;

import io.kexiang.kpi.Availability;
import io.kexiang.report.OperationReports.Report;
import io.kexiang.shared.Text;
import io.kexiang.shared.Texts;
import io.kexiang.shared.chart.Charts;
import io.kexiang.shared.excel.Sheets;
import io.kexiang.shared.pdf.PdfDocuments;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The operation analysis report as a document: XHTML from {@code templates/reports/operation.html} (the console
 * shows its {@code report} fragment, the PDF the whole), with its charts drawn here as PNG; and as a workbook, one
 * sheet per section.
 */
@Component
class OperationReportDocument {

    private final TemplateEngine templates;
    private final PdfDocuments pdfs;
    private final Charts charts;
    private final Texts texts;
    private final ZoneId zone;
    private final DateTimeFormatter time;

    OperationReportDocument(TemplateEngine templates, PdfDocuments pdfs, Texts texts,
            @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.templates = templates;
        this.pdfs = pdfs;
        this.charts = new Charts(pdfs.cjkFont());
        this.texts = texts;
        this.zone = zone;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
    }

    /** What the template needs beside the report: its charts as data URIs, and how times are written. */
    Map<String, Object> model(Report report, Locale language) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("report", report);
        model.put("time", time);
        List<String> ids = report.circuits().stream().map(Availability.CircuitFigures::circuitId).toList();
        List<BigDecimal> values = report.circuits().stream().map(Availability.CircuitFigures::availability).toList();
        Double target = report.whole() == null || report.whole().target() == null ? null
                : report.whole().target().doubleValue();
        model.put("circuitChart", Charts.dataUri(charts.bars(say("report.chart.circuits", language), ids, values,
                target, true, floor(values, target), 100.0)));
        List<BigDecimal> trend = report.trend().stream().map(month -> month.availability()).toList();
        model.put("trendChart", Charts.dataUri(charts.line(say("report.chart.trend", language),
                report.trend().stream().map(month -> month.month().substring(2)).toList(), trend, target, true,
                floor(trend, target), 100.0)));
        model.put("faultChart", Charts.dataUri(charts.bars(say("report.chart.faults", language),
                report.trend().stream().map(month -> month.month().substring(2)).toList(),
                report.trend().stream().map(month -> month.faults()).toList(), null, false, 0.0, null)));
        return model;
    }

    String xhtml(Report report, Locale language) {
        Context context = new Context(language);
        context.setVariables(model(report, language));
        return templates.process("reports/operation", context);
    }

    byte[] pdf(Report report, Locale language) {
        return pdfs.render(xhtml(report, language));
    }

    byte[] workbook(Report report, Locale language) {
        boolean chinese = !"en".equals(language.getLanguage());
        List<Sheets.Table> tables = new ArrayList<>();
        tables.add(new Sheets.Table(say("report.sheet.circuits", language), headers("report.col.circuits", language),
                report.circuits().stream().map(circuit -> List.<Object>of(circuit.circuitId(), circuit.type(),
                        circuit.outageMinutes(), circuit.failures(), circuit.availability(),
                        circuit.target() == null ? "" : circuit.target(), circuit.met())).toList()));
        tables.add(new Sheets.Table(say("report.sheet.faults", language), headers("report.col.faults", language),
                report.faults().stream().map(fault -> List.<Object>of(fault.number(), fault.circuits(),
                        fault.opened(), fault.restored(), fault.minutes(), fault.reason() == null ? "" : fault.reason(),
                        fault.onTime())).toList()));
        tables.add(new Sheets.Table(say("report.sheet.cutovers", language), headers("report.col.cutovers", language),
                report.cutovers().stream().map(cutover -> List.<Object>of(cutover.number(), cutover.title(),
                        cutover.start(), cutover.end(), cutover.circuits())).toList()));
        tables.add(new Sheets.Table(say("report.sheet.open", language), headers("report.col.open", language),
                report.open().stream().map(open -> List.<Object>of(open.number(), open.type(), open.status(),
                        open.opened(), open.restorationDue() == null ? "" : open.restorationDue())).toList()));
        tables.add(new Sheets.Table(say("report.sheet.trend", language), headers("report.col.trend", language),
                report.trend().stream().map(month -> {
                    List<Object> row = new ArrayList<>();
                    row.add(month.month());
                    row.add(month.availability());
                    row.add(month.faults());
                    row.add(month.outageMinutes());
                    return row;
                }).toList()));
        return Sheets.of(tables, zone, chinese ? "是" : "yes", chinese ? "否" : "no");
    }

    private List<String> headers(String code, Locale language) {
        return List.of(say(code, language).split("\\|"));
    }

    private String say(String code, Locale language) {
        return texts.say(Text.of(code), language);
    }

    /** The value axis starts a little below the lowest value or target, so that 99.9 and 99.99 look different. */
    private static Double floor(List<BigDecimal> values, Double target) {
        double low = values.stream().filter(v -> v != null).mapToDouble(BigDecimal::doubleValue).min().orElse(100);
        if (target != null) {
            low = Math.min(low, target);
        }
        return Math.max(0, Math.floor((low - (100 - low) * 0.5 - 0.01) * 100) / 100);
    }
}
