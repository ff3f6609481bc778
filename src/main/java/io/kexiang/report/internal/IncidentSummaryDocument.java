package io.kexiang.report.internal;

import io.kexiang.report.IncidentSummaries;
import io.kexiang.report.IncidentSummaries.CustomerHit;
import io.kexiang.report.IncidentSummaries.Step;
import io.kexiang.report.IncidentSummaries.Summary;
import io.kexiang.shared.chart.Charts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 应急事件总结 as a document: XHTML from {@code templates/reports/incident.html} (the console page shows its
 * {@code report} fragment, the PDF the whole) with the minutes each customer was down drawn here; and a workbook.
 */
@Component
class IncidentSummaryDocument {

    private final Documents documents;

    IncidentSummaryDocument(Documents documents) {
        this.documents = documents;
    }

    /** What the template needs beside the summary: its chart, the sections' names, how times are written. */
    Map<String, Object> model(Summary summary, Locale language) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("summary", summary);
        model.put("time", documents.time());
        model.put("sections", IncidentSummaries.NARRATIVE);
        model.put("downChart", Charts.dataUri(documents.charts().bars(say("report.incident.chart", language),
                summary.customers().stream().map(hit -> hit.customerName() == null ? hit.customerCode()
                        : hit.customerName()).toList(),
                summary.customers().stream().map(CustomerHit::minutesDown).toList(), null, false, 0.0, null)));
        return model;
    }

    String xhtml(Summary summary, Locale language) {
        return documents.xhtml("reports/incident", model(summary, language), language);
    }

    byte[] pdf(Summary summary, Locale language) {
        return documents.pdf(xhtml(summary, language));
    }

    byte[] workbook(Summary summary, Locale language) {
        List<List<Object>> facts = new ArrayList<>();
        facts.add(List.of(say("report.incident.level", language), summary.incident().levelName()));
        facts.add(List.of(say("report.incident.reason", language), summary.incident().reason()));
        facts.add(List.of(say("report.incident.started", language), summary.startedAt()));
        facts.add(List.of(say("report.incident.declared", language), summary.incident().declaredAt()));
        facts.add(List.of(say("report.incident.ended", language), or(summary.incident().endedAt())));
        facts.add(List.of(say("report.incident.minutes", language), or(summary.minutes())));
        facts.add(List.of(say("report.incident.customers", language), summary.customers().size()));
        facts.add(List.of(say("report.incident.circuits", language), summary.circuits()));
        facts.add(List.of(say("report.incident.element", language), or(summary.root().networkElement())));
        facts.add(List.of(say("report.incident.rootAlarm", language), or(summary.root().probableCause())));
        List<List<Object>> customers = summary.customers().stream().map(hit -> List.<Object>of(hit.customerCode(),
                or(hit.customerName()), or(hit.tier()), hit.ticketNumber(), status(hit.status(), language),
                String.join(", ", hit.circuits()), or(hit.restoredAt()), or(hit.minutesDown()),
                or(hit.faultReason()), or(hit.resolution()))).toList();
        List<List<Object>> timeline = summary.timeline().stream().map(step -> List.<Object>of(step.at(),
                say("report.incident.step." + step.kind(), language), or(step.ticketNumber()),
                describe(step, language), or(step.actor()))).toList();
        List<List<Object>> sections = IncidentSummaries.NARRATIVE.stream().map(section -> List.<Object>of(
                say("report.incident." + section, language), summary.narrative().getOrDefault(section, ""))).toList();
        return documents.workbook(List.of(
                documents.table("report.incident.sheet.facts", "report.incident.col.facts", language, facts),
                documents.table("report.incident.sheet.customers", "report.incident.col.customers", language,
                        customers),
                documents.table("report.incident.sheet.timeline", "report.incident.col.timeline", language,
                        timeline),
                documents.table("report.quarterly.sheet.sections", "report.quarterly.col.sections", language,
                        sections)), language);
    }

    /** A step's words: a status or an escalation step by its name, anything else as written. */
    private String describe(Step step, Locale language) {
        return switch (step.kind()) {
            case "status" -> status(step.text(), language);
            case "escalation" -> say("notice.step." + step.text(), language);
            default -> or(step.text()).toString();
        };
    }

    private String status(String status, Locale language) {
        return say("ticket.status." + status, language);
    }

    private String say(String code, Locale language) {
        return documents.say(code, language);
    }

    private static Object or(Object value) {
        return value == null ? "" : value;
    }
}
