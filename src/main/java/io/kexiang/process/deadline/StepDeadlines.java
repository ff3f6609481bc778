package io.kexiang.process.deadline;

import io.kexiang.identity.PersonDirectory;
import io.kexiang.identity.PersonRef;
import io.kexiang.identity.Role;
import io.kexiang.notification.NoticeTemplates;
import io.kexiang.outbox.Notice;
import io.kexiang.outbox.Outbox;
import io.kexiang.process.engine.ProcessSettings;
import io.kexiang.process.engine.CandidateGroups;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.TaskService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.task.api.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a step's boundary timers do. At the warning point (预警) the people who hold the step are told it falls due
 * soon: its assignee, or everyone who may claim it; at the deadline it goes up the chain, as a ticket's does: the
 * department managers above the assignee (or above the department it waits on), then the VP (主管副总) when no
 * manager can be found. Both by mail (and webhook) through the outbox, in the transaction that fired the timer, and
 * both marked on the task ({@code warnedAt}, {@code escalatedAt}) for the work views.
 *
 * <p>The BPMN calls them as {@code ${stepDeadlines.warn(execution, 'taskId')}} and
 * {@code ${stepDeadlines.escalate(execution, 'taskId')}}.
 */
@Component("stepDeadlines")
public class StepDeadlines {

    private static final Logger log = LoggerFactory.getLogger(StepDeadlines.class);

    private final TaskService tasks;
    private final RepositoryService repository;
    private final PersonDirectory people;
    private final Outbox outbox;
    private final NoticeTemplates templates;
    private final ProcessSettings settings;
    private final DateTimeFormatter time;

    StepDeadlines(TaskService tasks, RepositoryService repository, PersonDirectory people, Outbox outbox,
            NoticeTemplates templates, ProcessSettings settings,
            @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.tasks = tasks;
        this.repository = repository;
        this.people = people;
        this.outbox = outbox;
        this.templates = templates;
        this.settings = settings;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
    }

    public void warn(DelegateExecution execution, String taskKey) {
        for (Task task : open(execution, taskKey)) {
            tasks.setVariableLocal(task.getId(), "warnedAt", new Date());
            List<PersonRef> holders = holders(task);
            holders.forEach(person -> tell(person, task, execution.getProcessInstanceBusinessKey(),
                    "process-warning", "warning"));
            log.info("Task {} ({}) of {} warned before its deadline: {} told", task.getName(), task.getId(),
                    task.getProcessInstanceId(), holders.size());
        }
    }

    public void escalate(DelegateExecution execution, String taskKey) {
        for (Task task : open(execution, taskKey)) {
            tasks.setVariableLocal(task.getId(), "escalatedAt", new Date());
            List<PersonRef> above = above(task);
            above.forEach(person -> tell(person, task, execution.getProcessInstanceBusinessKey(),
                    "process-escalated", "escalated"));
            log.info("Task {} ({}) of {} passed its deadline: escalated to {}", task.getName(), task.getId(),
                    task.getProcessInstanceId(), above.stream().map(PersonRef::employeeId).toList());
        }
    }

    /** 催办 by hand: the task's holders are told it is waited for, as at its warning point. */
    public int chase(Task task, String businessKey) {
        List<PersonRef> holders = holders(task);
        holders.forEach(person -> tell(person, task, businessKey, "process-warning", "chased"));
        log.info("Task {} ({}) of {} chased: {} told", task.getName(), task.getId(), task.getProcessInstanceId(),
                holders.size());
        return holders.size();
    }

    private List<Task> open(DelegateExecution execution, String taskKey) {
        return tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(taskKey).list();
    }

    /** Who holds the task: its assignee, else everyone its candidate groups name. */
    private List<PersonRef> holders(Task task) {
        if (task.getAssignee() != null) {
            return people.byEmployeeId(task.getAssignee()).map(List::of).orElse(List.of());
        }
        Map<String, PersonRef> holders = new LinkedHashMap<>();
        for (String group : candidateGroups(task)) {
            CandidateGroups.department(group).ifPresent(department -> people.inDepartment(department)
                    .forEach(person -> holders.putIfAbsent(person.employeeId(), person)));
            CandidateGroups.role(group).ifPresent(role -> people.withRole(role)
                    .forEach(person -> holders.putIfAbsent(person.employeeId(), person)));
        }
        return List.copyOf(holders.values());
    }

    /** Whom a late task goes up to: the managers above its assignee, or above the department it waits on. */
    private List<PersonRef> above(Task task) {
        Map<String, PersonRef> above = new LinkedHashMap<>();
        if (task.getAssignee() != null) {
            people.managersOf(task.getAssignee()).forEach(person -> above.putIfAbsent(person.employeeId(), person));
        } else {
            for (String group : candidateGroups(task)) {
                CandidateGroups.department(group).ifPresent(department -> people.managersOfDepartment(department)
                        .forEach(person -> above.putIfAbsent(person.employeeId(), person)));
            }
        }
        if (above.isEmpty()) {
            people.withRole(Role.DEPT_MANAGER).forEach(person -> above.putIfAbsent(person.employeeId(), person));
        }
        if (above.isEmpty()) {
            people.withRole(Role.VP).forEach(person -> above.putIfAbsent(person.employeeId(), person));
        }
        return List.copyOf(above.values());
    }

    private List<String> candidateGroups(Task task) {
        return CandidateGroups.ofTask(tasks, task.getId());
    }

    private void tell(PersonRef person, Task task, String businessKey, String template, String kind) {
        String process = repository.getProcessDefinition(task.getProcessDefinitionId()).getName();
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("recipientName", person.name());
        variables.put("process", process);
        variables.put("step", task.getName());
        variables.put("businessKey", businessKey);
        variables.put("assignee", task.getAssignee());
        variables.put("dueAt", task.getDueDate() == null ? "" : time.format(task.getDueDate().toInstant()));
        variables.put("link", settings.consoleUrl() + "/work/tasks/" + task.getId());
        NoticeTemplates.Rendered text = templates.render(template, settings.language(), variables);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("kind", kind);
        payload.put("task", task.getId());
        payload.put("step", task.getTaskDefinitionKey());
        payload.put("process", task.getProcessInstanceId());
        payload.put("businessKey", businessKey);
        payload.put("dueAt", task.getDueDate() == null ? null : task.getDueDate().toInstant().toString());
        outbox.notify(new Notice("process-task:" + task.getId() + ":" + kind, person.name(), person.email(),
                person.mobile(), text.subject(), text.text(), payload));
    }
}
