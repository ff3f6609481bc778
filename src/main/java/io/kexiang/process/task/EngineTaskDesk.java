package io.kexiang.process.task;

import io.kexiang.identity.PersonDirectory;
import io.kexiang.identity.Role;
import io.kexiang.process.TaskDesk;
import io.kexiang.process.engine.CandidateGroups;
import io.kexiang.shared.ConflictException;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.ForbiddenException;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.NotFoundException;
import io.kexiang.shared.Text;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The engine's user tasks, offered by Kexiang's roles and departments (see {@link CandidateGroups}). */
@Component
@Transactional
class EngineTaskDesk implements TaskDesk {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final PersonDirectory people;
    private final TaskForms forms;
    private final Attachments attachments;
    private final io.kexiang.process.deadline.StepDeadlines deadlines;

    EngineTaskDesk(TaskService tasks, RuntimeService runtime, RepositoryService repository, PersonDirectory people,
            TaskForms forms, Attachments attachments, io.kexiang.process.deadline.StepDeadlines deadlines) {
        this.attachments = attachments;
        this.deadlines = deadlines;
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
        this.people = people;
        this.forms = forms;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkTask> open(Authentication who) {
        List<String> groups = CandidateGroups.of(who, people);
        TaskQuery query = tasks.createTaskQuery();
        query = groups.isEmpty() ? query.taskAssignee(who.getName())
                : query.or().taskAssignee(who.getName()).taskCandidateGroupIn(groups).endOr();
        List<Task> found = query.includeTaskLocalVariables().includeProcessVariables().orderByTaskDueDate().asc()
                .orderByTaskCreateTime().asc().list();
        return views(found);
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkTask> inProgress(String processKey) {
        TaskQuery query = tasks.createTaskQuery().active();
        if (processKey != null) {
            query = query.processDefinitionKey(processKey);
        }
        return views(query.includeTaskLocalVariables().includeProcessVariables().orderByTaskDueDate().asc()
                .orderByTaskCreateTime().asc().list());
    }

    @Override
    @Transactional(readOnly = true)
    public WorkTask task(String id, Authentication who) {
        Task task = find(id);
        if (!mayAct(task, who) && !oversees(who)) {
            throw new ForbiddenException(Text.of("process.notYourTask"));
        }
        return views(List.of(task)).get(0);
    }

    @Override
    public WorkTask claim(String id, Authentication who) {
        Task task = find(id);
        requireCandidate(task, who);
        if (task.getAssignee() != null && !task.getAssignee().equals(who.getName())) {
            throw new ConflictException(Text.of("process.heldBy", task.getAssignee()));
        }
        tasks.claim(id, who.getName());
        return views(List.of(find(id))).get(0);
    }

    @Override
    public void complete(String id, Map<String, Object> values, Authentication who) {
        Task task = find(id);
        if (task.getAssignee() == null) {
            requireCandidate(task, who);
            tasks.claim(id, who.getName());
        } else if (!task.getAssignee().equals(who.getName())) {
            throw new ForbiddenException(Text.of("process.heldBy", task.getAssignee()));
        }
        Map<String, Object> variables = forms.variables(task, values);
        if (forms.requiresAttachment(task) && tasks.getTaskAttachments(id).isEmpty()) {
            throw InvalidInputException.badRequest(FieldProblem.of("attachment", null,
                    Text.of("process.attachmentRequired")));
        }
        try {
            // Kept with the step, under a name no form uses: a task-local variable named like a form field would
            // capture the field's value when the task completes, and the process would never see it.
            tasks.setVariableLocal(id, TaskForms.RECORDED, forms.record(variables, forms.of(task)));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        tasks.complete(id, variables);
    }

    @Override
    public void comment(String id, String text, Authentication who) {
        Task task = find(id);
        if (!mayAct(task, who) && !oversees(who)) {
            throw new ForbiddenException(Text.of("process.notYourTask"));
        }
        if (text == null || text.isBlank() || text.length() > TaskForms.MAX_TEXT) {
            throw InvalidInputException.badRequest(FieldProblem.of("text", text, Text.of("process.text",
                    TaskForms.MAX_TEXT)));
        }
        // The engine records a comment's author from its own thread-local user.
        org.flowable.common.engine.impl.identity.Authentication.setAuthenticatedUserId(who.getName());
        try {
            tasks.addComment(id, task.getProcessInstanceId(), text);
        } finally {
            org.flowable.common.engine.impl.identity.Authentication.setAuthenticatedUserId(null);
        }
    }

    @Override
    public Attachment attach(String id, String fileName, byte[] content, Authentication who) {
        Task task = find(id);
        requireCandidate(task, who);
        attachments.check(fileName, content);
        org.flowable.common.engine.impl.identity.Authentication.setAuthenticatedUserId(who.getName());
        try {
            return view(tasks.createAttachment(attachments.type(fileName), id, task.getProcessInstanceId(), fileName,
                    null, attachments.stream(content)));
        } finally {
            org.flowable.common.engine.impl.identity.Authentication.setAuthenticatedUserId(null);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<byte[]> attachment(String attachmentId) {
        if (tasks.getAttachment(attachmentId) == null) {
            return java.util.Optional.empty();
        }
        try (java.io.InputStream content = tasks.getAttachmentContent(attachmentId)) {
            return java.util.Optional.ofNullable(content == null ? null : content.readAllBytes());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Attachment view(org.flowable.engine.task.Attachment attachment) {
        return new Attachment(attachment.getId(), attachment.getName(), attachment.getType(),
                attachment.getTime().toInstant(), attachment.getUserId());
    }

    @Override
    public int chase(String id, Authentication who) {
        Task task = find(id);
        if (!mayAct(task, who) && !oversees(who) && !Role.heldBy(who, Role.NOC_ENGINEER)) {
            throw new ForbiddenException(Text.of("process.notYourTask"));
        }
        String businessKey = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult().getBusinessKey();
        return deadlines.chase(task, businessKey);
    }

    @Override
    public WorkTask handOver(String id, String employeeId, Authentication who) {
        Task task = find(id);
        boolean holds = who.getName().equals(task.getAssignee());
        if (!holds && !oversees(who)) {
            throw new ForbiddenException(Text.of("process.notYourTask"));
        }
        if (employeeId == null || people.byEmployeeId(employeeId).isEmpty()) {
            throw InvalidInputException.badRequest(FieldProblem.of("assignee", employeeId, Text.noSuch("person")));
        }
        List<String> theirGroups = CandidateGroups.ofPerson(employeeId, people);
        if (candidateGroups(task).stream().noneMatch(theirGroups::contains)) {
            throw InvalidInputException.badRequest(FieldProblem.of("assignee", employeeId,
                    Text.of("process.notCandidate")));
        }
        tasks.setAssignee(id, employeeId);
        return views(List.of(find(id))).get(0);
    }

    private Task find(String id) {
        Task task = tasks.createTaskQuery().taskId(id).includeTaskLocalVariables().includeProcessVariables()
                .singleResult();
        if (task == null) {
            throw new NotFoundException("task", id);
        }
        return task;
    }

    private boolean mayAct(Task task, Authentication who) {
        if (who.getName().equals(task.getAssignee())) {
            return true;
        }
        Set<String> mine = new HashSet<>(CandidateGroups.of(who, people));
        return candidateGroups(task).stream().anyMatch(mine::contains);
    }

    private void requireCandidate(Task task, Authentication who) {
        Set<String> mine = new HashSet<>(CandidateGroups.of(who, people));
        if (candidateGroups(task).stream().noneMatch(mine::contains) && !who.getName().equals(task.getAssignee())) {
            throw new ForbiddenException(Text.of("process.notYourTask"));
        }
    }

    /** Who sees every task: they oversee the centre's work. Acting still needs the task to be theirs. */
    private static boolean oversees(Authentication who) {
        return Role.heldBy(who, Role.ADMIN, Role.DEPT_MANAGER, Role.VP);
    }

    private List<String> candidateGroups(Task task) {
        return CandidateGroups.ofTask(tasks, task.getId());
    }

    private List<WorkTask> views(List<Task> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, ProcessInstance> instances = runtime.createProcessInstanceQuery().processInstanceIds(instanceIds)
                .list().stream().collect(Collectors.toMap(ProcessInstance::getId, Function.identity()));
        return found.stream().map(task -> view(task, instances.get(task.getProcessInstanceId()))).toList();
    }

    private WorkTask view(Task task, ProcessInstance instance) {
        Map<String, Object> local = task.getTaskLocalVariables();
        String processKey = instance == null ? null : instance.getProcessDefinitionKey();
        String processName = instance == null ? null : instance.getProcessDefinitionName();
        if (processName == null && instance != null) {
            processName = repository.getProcessDefinition(instance.getProcessDefinitionId()).getName();
        }
        return new WorkTask(task.getId(), task.getName(), task.getTaskDefinitionKey(), processKey, processName,
                task.getProcessInstanceId(), instance == null ? null : instance.getBusinessKey(),
                (String) task.getProcessVariables().get("summary"),
                task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                task.getAssignee(), candidateGroups(task), local.containsKey("warnedAt"),
                local.containsKey("escalatedAt"), forms.approval(task), forms.of(task),
                tasks.getTaskAttachments(task.getId()).stream().map(EngineTaskDesk::view).toList());
    }
}
