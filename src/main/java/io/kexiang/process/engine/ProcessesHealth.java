package io.kexiang.process.engine;

import java.util.Map;
import org.flowable.engine.ManagementService;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * {@code processes} in {@code /actuator/health}: down when a BPMN file in {@code processes/} could not be deployed
 * (its process runs on its previous version, or not at all); the timers waiting and the jobs the engine gave up on
 * after its retries (dead letters: a warning or an escalation that was not sent), which need an operator. Not part
 * of readiness: the alarm path does not depend on it.
 */
@Component("processes")
class ProcessesHealth implements HealthIndicator {

    private final ProcessFolder folder;
    private final ManagementService management;

    ProcessesHealth(ProcessFolder folder, ManagementService management) {
        this.folder = folder;
        this.management = management;
    }

    @Override
    public Health health() {
        Map<String, String> failed = folder.failures();
        long deadLetters = management.createDeadLetterJobQuery().count();
        Health.Builder health = failed.isEmpty() ? Health.up() : Health.down().withDetail("notDeployed", failed);
        health.withDetail("timersWaiting", management.createTimerJobQuery().count())
                .withDetail("deadLetterJobs", deadLetters);
        if (deadLetters > 0) {
            health.withDetail("warning", "the engine gave up on " + deadLetters + " job(s) after retries "
                    + "(a warning or escalation not sent): see the log, fix the cause, and move them back");
        }
        return health.build();
    }
}
