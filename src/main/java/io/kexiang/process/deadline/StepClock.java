package io.kexiang.process.deadline;

import io.kexiang.process.WorkingCalendar;
import io.kexiang.process.engine.ProcessSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.common.engine.api.FlowableIllegalArgumentException;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Starts a step's clock. A user task declares its time limit in the BPMN, {@code kx:timeLimit="P2D"} (ISO-8601),
 * counted in working days with {@code kx:workingDays="true"}; as the step starts, this listener puts its deadline
 * and its warning point (the configured share of the limit, 80 % by default) on the step's execution, as
 * {@code stepDueAt} and {@code stepWarnAt}, which the task's {@code flowable:dueDate} and its two boundary timers
 * read. An operator changes a limit in the BPMN file, not in code.
 */
@Component("stepClock")
class StepClock implements ExecutionListener {

    static final String NAMESPACE = "https://kexiang.io/bpmn";

    private final Clock clock;
    private final WorkingCalendar calendar;
    private final ProcessSettings settings;

    StepClock(Clock clock, WorkingCalendar calendar, ProcessSettings settings) {
        this.clock = clock;
        this.calendar = calendar;
        this.settings = settings;
    }

    @Override
    public void notify(DelegateExecution execution) {
        FlowElement step = execution.getCurrentFlowElement();
        String limit = step.getAttributeValue(NAMESPACE, "timeLimit");
        if (limit == null) {
            throw new FlowableIllegalArgumentException("Step " + step.getId() + " has the step clock but no kx:timeLimit");
        }
        Duration duration;
        try {
            duration = Duration.parse(limit);
        } catch (DateTimeParseException e) {
            throw new FlowableIllegalArgumentException("Step " + step.getId() + ": kx:timeLimit " + limit
                    + " is not an ISO-8601 duration such as P2D or PT4H");
        }
        boolean workingDays = Boolean.parseBoolean(step.getAttributeValue(NAMESPACE, "workingDays"));
        Instant start = clock.instant();
        Duration warning = Duration.ofMillis((long) (duration.toMillis() * settings.warningShare()));
        Instant dueAt = workingDays ? calendar.plus(start, duration) : start.plus(duration);
        Instant warnAt = workingDays ? calendar.plus(start, warning) : start.plus(warning);
        execution.setVariableLocal("stepDueAt", Date.from(dueAt));
        execution.setVariableLocal("stepWarnAt", Date.from(warnAt));
    }
}
