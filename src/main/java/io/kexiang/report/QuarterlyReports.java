package io.kexiang.report;

import io.kexiang.complaint.ComplaintEscalations;
import io.kexiang.kpi.Kpis;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.security.core.Authentication;

/**
 * 季报: the centre's report of a quarter, in the sections the centre's rules set. The computed ones fill themselves
 * (organisation, customers, service given with the quarter's KPIs, projects and daily work counted from the
 * processes and tickets, the complaints raised to the VP); the narrative ones and the typical cases are written in
 * the console, kept as a draft, and submitted — the submission time counts for 季报上报及时性.
 */
public interface QuarterlyReports {

    /** The narrative sections, in the report's order. */
    List<String> NARRATIVE = List.of("projects", "dailyWork", "typicalCases", "problems", "nextPlan");

    /** Counts that describe a section, by name (people by role, customers by tier, circuits by type …). */
    record Counts(Map<String, Long> values) {
    }

    record Report(String quarter, Instant from, Instant to, long people, Counts peopleByRole,
                  List<Map<String, Object>> departments, Counts customersByTier, Counts circuitsByType,
                  Map<String, BigDecimal> availabilityByTier, List<Kpis.Figure> kpis, long ordersCompleted,
                  long checksAnswered, long faultsRestored, long complaints, long cutovers,
                  List<ComplaintEscalations.Escalation> escalations, List<Kpis.Item> lateFaults,
                  Map<String, String> narrative, String typicalCases, String state, Instant submittedAt,
                  String submittedBy, Instant dueAt) {
    }

    /**
     * The report of a quarter ({@code 2026-Q4}; none: the last one ended).
     *
     * @throws io.kexiang.shared.InvalidInputException naming {@code quarter}
     */
    Report report(String quarter);

    /** Keeps the written sections as the draft (409 once submitted). */
    Report save(String quarter, Map<String, String> narrative, String typicalCases, Authentication who);

    /** Submits it: no more changes; the quarterly report owed is delivered now. 409 when submitted already. */
    Report submit(String quarter, Authentication who);

    String xhtml(Report report, Locale language);

    byte[] pdf(Report report, Locale language);

    byte[] workbook(Report report, Locale language);
}
