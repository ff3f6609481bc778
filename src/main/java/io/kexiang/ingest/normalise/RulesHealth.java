package io.kexiang.ingest.normalise;

import io.kexiang.ingest.RuleFiles;
import java.util.List;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * With no normalisation rule every notification becomes an indeterminate alarm with no circuit and no ticket:
 * Kexiang is not ready (part of the readiness group as {@code rules}).
 */
@Component("rules")
class RulesHealth implements HealthIndicator {

    private final Normaliser normaliser;

    RulesHealth(Normaliser normaliser) {
        this.normaliser = normaliser;
    }

    @Override
    public Health health() {
        RuleFiles.Report report = normaliser.report();
        int notifications = report.families().values().stream().mapToInt(List::size).sum();
        Health.Builder health = notifications == 0 ? Health.down()
                .withDetail("reason", "no normalisation rule loaded: alarms would not be linked to circuits")
                : Health.up();
        return health.withDetail("notifications", notifications).withDetail("skipped", report.skipped().size())
                .withDetail("folder", report.directory()).build();
    }
}
