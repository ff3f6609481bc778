package io.kexiang.mib.internal;

import io.kexiang.mib.MibProblem;
import io.kexiang.mib.MibRegistry;
import io.kexiang.mib.MibReport;
import io.kexiang.mib.MibSymbol;
import io.kexiang.mib.ObjectInstance;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** Compiles the MIB folder at start-up and on reload; lookups read the latest complete compilation. */
@Component
@EnableConfigurationProperties(MibSettings.class)
class JsmiMibRegistry implements MibRegistry, SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(JsmiMibRegistry.class);

    private final MibSettings settings;
    private final Clock clock;
    private volatile CompiledMibs current;

    JsmiMibRegistry(MibSettings settings, Clock clock, MeterRegistry meters) {
        this.settings = settings;
        this.clock = clock;
        this.current = new CompiledMibs(Map.of(), new OidTree<>(),
                new MibReport(clock.instant(), MibCompiler.describe(settings.directory()), List.of(), 0, 0, List.of()));
        meters.gauge("kexiang.mib.modules", this, r -> r.report().modules().size());
        meters.gauge("kexiang.mib.problems", this, r -> r.report().problems().size());
    }

    @Override
    public void afterSingletonsInstantiated() {
        reload();
    }

    @Override
    public Optional<MibSymbol> notification(String oid) {
        return current.notification(oid);
    }

    @Override
    public Optional<ObjectInstance> objectInstance(String oid) {
        return current.objectInstance(oid);
    }

    @Override
    public MibReport report() {
        return current.report();
    }

    @Override
    public synchronized MibReport reload() {
        long start = System.nanoTime();
        CompiledMibs compiled = MibCompiler.compile(settings.directory(), clock.instant());
        MibReport report = compiled.report();
        if (report.problems().stream().anyMatch(p -> "FATAL".equals(p.severity())) && report.modules().isEmpty()) {
            log.error("MIB folder {} did not compile; decoding keeps the previous modules: {}", report.directory(),
                    report.problems());
            return report;
        }
        current = compiled;
        log.info("MIBs compiled from {} in {} ms: {} modules, {} notifications, {} objects, {} problems",
                report.directory(), (System.nanoTime() - start) / 1_000_000, report.modules().size(),
                report.notifications(), report.objects(), report.problems().size());
        for (MibProblem problem : report.problems()) {
            log.warn("MIB problem in {} line {}: {}", problem.file(), problem.line(), problem.reason());
        }
        return report;
    }
}
