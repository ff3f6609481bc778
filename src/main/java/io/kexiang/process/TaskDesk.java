package io.kexiang.process;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;

/**
 * The work waiting for people (待办): the user tasks of every process, offered to roles and departments, with their
 * forms and time limits. A person sees and acts on the tasks assigned to them and those their groups may claim.
 */
public interface TaskDesk {

    /**
     * A task as a person sees it. {@code summary}: what the work is about, in a line (the process's {@code summary}
     * variable); {@code warned}/{@code escalated}: its warning point or its deadline has passed; {@code approval}: a
     * decision on others' work (审批: an audit, a joint review, a judgement; {@code kx:approval="true"} in the BPMN).
     */
    record WorkTask(String id, String name, String step, String processKey, String processName, String processId,
                    String businessKey, String summary, Instant created, Instant due, String assignee,
                    List<String> candidateGroups, boolean warned, boolean escalated, boolean approval,
                    List<FormField> form, List<Attachment> attachments) {
    }

    /** A file given to a task (a test report), kept with the process's record. */
    record Attachment(String id, String name, String type, Instant added, String addedBy) {
    }

    /**
     * A field of a task's form, as its BPMN declares it: {@code string}, {@code long}, {@code boolean},
     * {@code date} or {@code enum} (with its {@code values}, id → label).
     */
    record FormField(String id, String name, String type, boolean required, Map<String, String> values) {
    }

    /** Tasks assigned to the person and those they may claim, soonest due first. */
    List<WorkTask> open(Authentication who);

    /**
     * Every open task of a process ({@code null}: of every process), soonest due first: the centre's board of the
     * work in progress, whoever holds it.
     */
    List<WorkTask> inProgress(String processKey);

    /** One task the person may see; 404 when there is none, 403 when it is not theirs to see. */
    WorkTask task(String id, Authentication who);

    /** Takes an unassigned task the person's groups may claim; 409 when someone holds it. */
    WorkTask claim(String id, Authentication who);

    /**
     * Completes the task with its form's values (checked against the form: each required field present, each value
     * of its type; every problem named at once, nothing changed when there is one). A claimable task is claimed by
     * completing it.
     */
    void complete(String id, Map<String, Object> values, Authentication who);

    /** Adds a comment to the task's record. */
    void comment(String id, String text, Authentication who);

    /**
     * Attaches a file to a task the person holds or may claim (size, kind and content checked: 400 naming
     * {@code file}).
     */
    Attachment attach(String id, String fileName, byte[] content, Authentication who);

    /** A file of any task or finished step, for the people of the centre. */
    java.util.Optional<byte[]> attachment(String attachmentId);

    /**
     * 催办: tells the people who hold the task (its assignee, or everyone who may claim it) that it is waited for,
     * now; returns how many were told. For the centre's roles and the task's own candidates.
     */
    int chase(String id, Authentication who);

    /** Hands the task to another person, who must be one of its candidates. */
    WorkTask handOver(String id, String employeeId, Authentication who);
}
