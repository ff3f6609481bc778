package io.kexiang.process;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Finished work (已归档) and how the steps fared (流程统计), from the engine's history. */
public interface WorkHistory {

    /**
     * A finished instance: what it was, when, how it ended ({@code outcome}: the id of its end event, or
     * {@code cancelled}; {@code outcomeName}: the end event's name in the BPMN, null when cancelled).
     */
    record Finished(String id, String processKey, String processName, String businessKey, String summary,
                    Instant started, Instant ended, BigDecimal workingDays, String outcome, String outcomeName) {
    }

    /**
     * Finished instances, newest first, narrowed by any of: process key, a text in the business key or summary, the
     * day range they ended in, a person who took part, the outcome.
     */
    List<Finished> archive(String processKey, String text, LocalDate from, LocalDate to, String person,
                           String outcome, int limit);

    /** One line of the statistics: a step of a process, a department, a month. */
    record StepFigures(String processKey, String processName, String step, String department, String month,
                       long done, long onTime, BigDecimal onTimeShare, BigDecimal meanWorkingHours) {
    }

    /** A step whose due time fell in a period: done on time if it ended by then ({@code ended} null: not done). */
    record StepDue(String taskId, String processKey, String processName, String step, String businessKey,
                   String assignee, Instant due, Instant ended) {
    }

    /** The steps due in [from, to) that were not deleted with their process: 响应工作完成情况 counts them. */
    List<StepDue> stepsDue(Instant from, Instant to);

    /** The steps completed in the day range, by process, step, the department of who did them, and month. */
    List<StepFigures> statistics(LocalDate from, LocalDate to);
}
