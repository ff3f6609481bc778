package io.kexiang.process;

import io.kexiang.process.TaskDesk.Attachment;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;

/**
 * One piece of work followed from its start (a check, an order, a pre-sales case, by its number): every step, who
 * did it and when, against its time limit, what its form recorded, the comments and the files.
 */
public interface WorkCases {

    /** A value a step's form recorded, under the form's label ({@code enum} values as their labels). */
    record Entry(String field, String label, String type, String value) {
    }

    /**
     * A step: open until {@code ended}; {@code onTime} is whether it ended (or, open, still is) within its due time;
     * {@code outcome} is {@code completed}, or why it ended otherwise ({@code cancelled}, a boundary event).
     */
    record Step(String taskId, String name, String assignee, Instant created, Instant due, Instant ended,
                boolean onTime, String outcome, List<Entry> recorded) {
    }

    record Comment(String author, Instant at, String text, String step) {
    }

    /**
     * {@code ended} and {@code outcome} (its end event, or {@code cancelled}) are null while it runs;
     * {@code outcomeName} is the end event's name in the BPMN.
     */
    record WorkCase(String processId, String processKey, String processName, String businessKey, String summary,
                    String requester, Instant started, Instant ended, String outcome, String outcomeName,
                    List<Step> steps,
                    List<Comment> comments, List<Attachment> files) {
    }

    /**
     * The newest case with the number, for the centre's people and for whoever took part in it (requested it, did a
     * step, or may do its current one); empty when there is none or the person may not see it.
     */
    Optional<WorkCase> find(String businessKey, Authentication who);
}
