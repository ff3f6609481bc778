package io.kexiang.report.internal;

import io.kexiang.kpi.Availability;
import io.kexiang.report.OperationReports.Report;
import io.kexiang.shared.chart.Charts;
import io.kexiang.shared.excel.Sheets;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The operation analysis report as a document: XHTML from {@code templates/reports/operation.html} (the console
 * shows its {@code report} fragment, the PDF the whole), with its charts drawn here as PNG; and as a workbook, one
 * sheet per section.
 */
@Component
class OperationReportDocument {

    private final Documents documents;
    private final Charts charts;

    OperationReportDocument(Documents documents) {
        this.documents = documents;
        this.charts = documents.charts();
    }

    /** What the template needs beside the report: its charts as data URIs, and how times are written. */
    Map<String, Object> model(Report report, Locale language) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("report", report);
        model.put("time", documents.time());
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
        return documents.xhtml("reports/operation", model(report, language), language);
    }

    byte[] pdf(Report report, Locale language) {
        return documents.pdf(xhtml(report, language));
    }

    byte[] workbook(Report report, Locale language) {
        List<Sheets.Table> tables = new ArrayList<>();
        tables.add(documents.table("report.sheet.circuits", "report.col.circuits", language,
                report.circuits().stream().map(circuit -> List.<Object>of(circuit.circuitId(), circuit.type(),
                        circuit.outageMinutes(), circuit.failures(), circuit.availability(),
                        circuit.target() == null ? "" : circuit.target(), circuit.met())).toList()));
        tables.add(documents.table("report.sheet.faults", "report.col.faults", language,
                report.faults().stream().map(fault -> List.<Object>of(fault.number(), fault.circuits(),
                        fault.opened(), fault.restored(), fault.minutes(), fault.reason() == null ? "" : fault.reason(),
                        fault.onTime())).toList()));
        tables.add(documents.table("report.sheet.cutovers", "report.col.cutovers", language,
                report.cutovers().stream().map(cutover -> List.<Object>of(cutover.number(), cutover.title(),
                        cutover.start(), cutover.end(), cutover.circuits())).toList()));
        tables.add(documents.table("report.sheet.open", "report.col.open", language,
                report.open().stream().map(open -> List.<Object>of(open.number(), open.type(), open.status(),
                        open.opened(), open.restorationDue() == null ? "" : open.restorationDue())).toList()));
        tables.add(documents.table("report.sheet.trend", "report.col.trend", language,
                report.trend().stream().map(month -> {
                    List<Object> row = new ArrayList<>();
                    row.add(month.month());
                    row.add(month.availability());
                    row.add(month.faults());
                    row.add(month.outageMinutes());
                    return row;
                }).toList()));
        return documents.workbook(tables, language);
    }

    private String say(String code, Locale language) {
        return documents.say(code, language);
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
