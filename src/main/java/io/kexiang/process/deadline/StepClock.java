package io.kexiang.process.deadline;

import io.kexiang.process.WorkingCalendar;
import io.kexiang.process.engine.KexiangBpmn;
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
 * read. A step may instead take a share of the whole instance's limit, {@code kx:timeShare="0.2"} (an order's time
 * split into its steps). An operator changes a limit in the BPMN file, not in code.
 */
@Component("stepClock")
class StepClock implements ExecutionListener {

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
        Duration duration = limit(step, execution);
        boolean workingDays = KexiangBpmn.flag(step, "workingDays");
        Instant start = clock.instant();
        Duration warning = Duration.ofMillis((long) (duration.toMillis() * settings.warningShare()));
        Instant dueAt = workingDays ? calendar.plus(start, duration) : start.plus(duration);
        Instant warnAt = workingDays ? calendar.plus(start, warning) : start.plus(warning);
        execution.setVariableLocal("stepDueAt", Date.from(dueAt));
        execution.setVariableLocal("stepWarnAt", Date.from(warnAt));
    }

    /**
     * The step's own limit ({@code kx:timeLimit}), or its share ({@code kx:timeShare="0.2"}) of the whole
     * instance's limit, the process variable {@code timeLimit} (an order's overall time split into its steps).
     */
    private static Duration limit(FlowElement step, DelegateExecution execution) {
        String limit = KexiangBpmn.attribute(step, "timeLimit");
        String share = KexiangBpmn.attribute(step, "timeShare");
        if (limit == null && share == null) {
            throw new FlowableIllegalArgumentException("Step " + step.getId()
                    + " has the step clock but neither kx:timeLimit nor kx:timeShare");
        }
        if (limit != null) {
            return duration(step, "kx:timeLimit", limit);
        }
        Object whole = execution.getVariable("timeLimit");
        if (whole == null) {
            throw new FlowableIllegalArgumentException("Step " + step.getId()
                    + " takes a share of the instance's timeLimit, which was not given at its start");
        }
        double fraction;
        try {
            fraction = Double.parseDouble(share);
        } catch (NumberFormatException e) {
            fraction = -1;
        }
        if (fraction <= 0 || fraction > 1) {
            throw new FlowableIllegalArgumentException("Step " + step.getId() + ": kx:timeShare " + share
                    + " is not a share between 0 and 1");
        }
        return Duration.ofMillis((long) (duration(step, "timeLimit", whole.toString()).toMillis() * fraction));
    }

    private static Duration duration(FlowElement step, String what, String value) {
        try {
            return Duration.parse(value);
        } catch (DateTimeParseException e) {
            throw new FlowableIllegalArgumentException("Step " + step.getId() + ": " + what + " " + value
                    + " is not an ISO-8601 duration such as P2D or PT4H");
        }
    }
}
