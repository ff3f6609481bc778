package io.kexiang.process.task;

import io.kexiang.identity.PersonDirectory;
import io.kexiang.identity.Role;
import io.kexiang.process.TaskDesk.Attachment;
import io.kexiang.process.WorkCases;
import io.kexiang.process.engine.CandidateGroups;
import io.kexiang.process.engine.EndEvents;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.flowable.engine.HistoryService;
import org.flowable.engine.TaskService;
import org.flowable.engine.history.HistoricProcessInstance;
import org.flowable.task.api.TaskQuery;
import org.flowable.task.api.history.HistoricTaskInstance;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A case from the engine's history: its steps with their records, comments and files, whether it runs or ended. */
@Component
@Transactional(readOnly = true)
class EngineWorkCases implements WorkCases {

    /** The centre's people see every case; others only those they took part in. */

    private final HistoryService history;
    private final TaskService tasks;
    private final TaskForms forms;
    private final PersonDirectory people;
    private final Clock clock;
    private final EndEvents ends;

    EngineWorkCases(HistoryService history, TaskService tasks, TaskForms forms, PersonDirectory people,
            Clock clock, EndEvents ends) {
        this.ends = ends;
        this.history = history;
        this.tasks = tasks;
        this.forms = forms;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public Optional<WorkCase> find(String businessKey, Authentication who) {
        List<HistoricProcessInstance> found = history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey).includeProcessVariables()
                .orderByProcessInstanceStartTime().desc().listPage(0, 1);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        HistoricProcessInstance instance = found.get(0);
        List<HistoricTaskInstance> done = history.createHistoricTaskInstanceQuery()
                .processInstanceId(instance.getId()).includeTaskLocalVariables()
                .orderByHistoricTaskInstanceStartTime().asc().orderByTaskCreateTime().asc().list();
        Object requester = instance.getProcessVariables().get("requester");
        if (!maySee(instance, done, requester, who)) {
            return Optional.empty();
        }
        Map<String, String> stepNames = done.stream().collect(Collectors.toMap(HistoricTaskInstance::getId,
                HistoricTaskInstance::getName, (a, b) -> a));
        Instant now = clock.instant();
        List<Step> steps = done.stream().map(task -> step(task, now)).toList();
        List<Comment> comments = tasks.getProcessInstanceComments(instance.getId(), "comment").stream()
                .map(comment -> new Comment(comment.getUserId(), comment.getTime().toInstant(),
                        comment.getFullMessage(), stepNames.get(comment.getTaskId())))
                .sorted(Comparator.comparing(Comment::at)).toList();
        List<Attachment> files = tasks.getProcessInstanceAttachments(instance.getId())
                .stream().map(EngineTaskDesk::view)
                .sorted(Comparator.comparing(Attachment::added)).toList();
        Object summary = instance.getProcessVariables().get("summary");
        String outcome = instance.getEndTime() == null ? null
                : instance.getDeleteReason() != null ? "cancelled" : instance.getEndActivityId();
        return Optional.of(new WorkCase(instance.getId(), instance.getProcessDefinitionKey(),
                instance.getProcessDefinitionName(), instance.getBusinessKey(),
                summary == null ? null : summary.toString(), requester == null ? null : requester.toString(),
                instance.getStartTime().toInstant(), instant(instance.getEndTime()), outcome,
                "cancelled".equals(outcome) ? null : ends.name(instance.getProcessDefinitionId(),
                        instance.getEndActivityId()), steps, comments, files));
    }

    private Step step(HistoricTaskInstance task, Instant now) {
        Instant due = instant(task.getDueDate());
        Instant ended = instant(task.getEndTime());
        boolean onTime = due == null || !(ended == null ? now : ended).isAfter(due);
        String outcome = ended == null ? null : task.getDeleteReason() == null ? "completed" : task.getDeleteReason();
        Object record = task.getTaskLocalVariables().get(TaskForms.RECORDED);
        return new Step(task.getId(), task.getName(), task.getAssignee(), task.getCreateTime().toInstant(), due,
                ended, onTime, outcome, forms.recorded(task.getProcessDefinitionId(), task.getTaskDefinitionKey(),
                        record == null ? null : record.toString()));
    }

    /** The centre's people see every case; others only those they took part in. */
    private boolean maySee(HistoricProcessInstance instance, List<HistoricTaskInstance> steps, Object requester,
            Authentication who) {
        if (Role.heldBy(who, Role.CENTRE)
                || who.getName().equals(requester)
                || steps.stream().anyMatch(step -> who.getName().equals(step.getAssignee()))) {
            return true;
        }
        List<String> groups = CandidateGroups.of(who, people);
        if (groups.isEmpty() || instance.getEndTime() != null) {
            return false;
        }
        TaskQuery open = tasks.createTaskQuery().processInstanceId(instance.getId()).taskCandidateGroupIn(groups);
        return open.count() > 0;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
