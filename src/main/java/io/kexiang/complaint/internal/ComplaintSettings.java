package io.kexiang.complaint.internal;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kexiang.complaints}: the severities that make a complaint major, for how many months in a row a rising
 * monthly count goes to the VP, and how often the scan looks.
 */
@ConfigurationProperties("kexiang.complaints")
record ComplaintSettings(List<String> majorSeverities, Integer risingMonths, Duration scan) {

    ComplaintSettings {
        majorSeverities = majorSeverities == null || majorSeverities.isEmpty() ? List.of("critical")
                : List.copyOf(majorSeverities);
        risingMonths = risingMonths == null ? 3 : risingMonths;
        scan = scan == null ? Duration.ofMinutes(5) : scan;
    }
}
