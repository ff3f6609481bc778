package io.kexiang.report.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kexiang.reports}: which customers' faults owe a fault report and how soon after restoration; which
 * customers are owed an operation analysis report each month and by which working day of the next; the day of the
 * month after a quarter its report is due; how long before a due time the person who owes it is reminded; how often
 * the schedule looks; how soon after a major incident ends its 应急事件总结 is due.
 */
@ConfigurationProperties("kexiang.reports")
record ReportSettings(Duration faultReportWithin, List<String> faultReportTiers, List<String> operationReportTiers,
                      Integer operationReportWorkingDay, Integer quarterlyDueDay, Duration remindBefore,
                      Duration scan, Duration incidentSummaryWithin) {

    ReportSettings {
        faultReportWithin = faultReportWithin == null ? Duration.ofHours(24) : faultReportWithin;
        faultReportTiers = faultReportTiers == null || faultReportTiers.isEmpty() ? List.of("AAA", "AA")
                : List.copyOf(faultReportTiers);
        operationReportTiers = operationReportTiers == null || operationReportTiers.isEmpty() ? List.of("AAA", "AA")
                : List.copyOf(operationReportTiers);
        operationReportWorkingDay = operationReportWorkingDay == null ? 5 : operationReportWorkingDay;
        quarterlyDueDay = quarterlyDueDay == null ? 10 : quarterlyDueDay;
        remindBefore = remindBefore == null ? Duration.ofDays(1) : remindBefore;
        scan = scan == null ? Duration.ofMinutes(5) : scan;
        incidentSummaryWithin = incidentSummaryWithin == null ? Duration.ofDays(3) : incidentSummaryWithin;
    }
}
