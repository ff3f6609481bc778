package io.kexiang.report;

import io.kexiang.kpi.Availability;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.Authentication;

/**
 * 运行分析报告: one customer's month — each circuit's availability against its target, the faults with their cause
 * and duration, MTTR, the cutovers that touched it, what is still open, and the last twelve months' trend.
 */
public interface OperationReports {

    /** A fault restored in the month: how long it took (less waits on the customer), why, in time or not. */
    record Fault(String number, String circuits, Instant opened, Instant restored, long minutes, String reason,
                 boolean onTime) {
    }

    /** A cutover whose window touched the customer's circuits in the month. */
    record Cutover(String number, String title, Instant start, Instant end, String circuits) {
    }

    /** A ticket of the customer still open when the report is made. */
    record OpenIssue(String number, String type, String status, Instant opened, Instant restorationDue) {
    }

    /** A month of the trend: the customer's availability, faults restored, minutes down. */
    record Month(String month, BigDecimal availability, long faults, long outageMinutes) {
    }

    record Report(String customerCode, String customerName, String tier, String accountManager, YearMonth month,
                  Availability.CustomerFigures whole, List<Availability.CircuitFigures> circuits,
                  List<Fault> faults, BigDecimal mttrHours, List<Cutover> cutovers, List<OpenIssue> open,
                  List<Month> trend, Instant madeAt) {
    }

    /**
     * The report for a customer the viewer may see (an account manager: their own) and a month.
     *
     * @throws io.kexiang.shared.InvalidInputException naming {@code customer} or {@code month}
     */
    Report report(String customerCode, String month, Authentication viewer);

    /**
     * What {@code templates/reports/operation.html} renders the report from (the report, its charts as data URIs, a
     * time format), for a page that shows its {@code report} fragment.
     */
    java.util.Map<String, Object> documentModel(Report report, Locale language);

    /** The report as XHTML for print and PDF, its charts drawn in, in the language given. */
    String xhtml(Report report, Locale language);

    byte[] pdf(Report report, Locale language);

    byte[] workbook(Report report, Locale language);
}
