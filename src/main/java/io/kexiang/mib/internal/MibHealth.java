package io.kexiang.mib.internal;

import io.kexiang.mib.MibRegistry;
import io.kexiang.mib.MibReport;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * With no MIB module compiled every trap is archived as a bare OID and no rule matches it: Kexiang is not ready,
 * whatever else works (part of the readiness group as {@code mibs}).
 */
@Component("mibs")
class MibHealth implements HealthIndicator {

    private final MibRegistry registry;

    MibHealth(MibRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Health health() {
        MibReport report = registry.report();
        Health.Builder health = report.modules().isEmpty() ? Health.down()
                .withDetail("reason", "no MIB module compiled: traps cannot be named (see GET /api/v1/mibs)")
                : Health.up();
        return health.withDetail("modules", report.modules().size())
                .withDetail("notifications", report.notifications())
                .withDetail("problems", report.problems().size())
                .withDetail("source", report.directory()).build();
    }
}
