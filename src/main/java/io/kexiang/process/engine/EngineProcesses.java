package io.kexiang.process.engine;

import io.kexiang.process.Processes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.variable.api.history.HistoricVariableInstance;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional
class EngineProcesses implements Processes {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;

    EngineProcesses(RuntimeService runtime, TaskService tasks, HistoryService history) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
    }

    @Override
    public String start(String processKey, String businessKey, Map<String, Object> variables) {
        ProcessInstance instance = runtime.startProcessInstanceByKey(processKey, businessKey, variables);
        return instance.getId();
    }

    @Override
    public boolean cancel(String instanceId, String reason) {
        if (runtime.createProcessInstanceQuery().processInstanceId(instanceId).count() == 0) {
            return false;
        }
        runtime.deleteProcessInstance(instanceId, reason);
        return true;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> currentSteps(String instanceId) {
        return tasks.createTaskQuery().processInstanceId(instanceId).orderByTaskCreateTime().asc().list().stream()
                .map(Task::getName).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> outcome(String instanceId) {
        return Optional.ofNullable(history.createHistoricProcessInstanceQuery().processInstanceId(instanceId)
                .finished().singleResult()).map(instance -> instance.getDeleteReason() != null ? "cancelled"
                        : instance.getEndActivityId());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Object> variable(String instanceId, String name) {
        if (runtime.createProcessInstanceQuery().processInstanceId(instanceId).count() > 0) {
            return Optional.ofNullable(runtime.getVariable(instanceId, name));
        }
        return history.createHistoricVariableInstanceQuery().processInstanceId(instanceId).variableName(name).list()
                .stream().filter(variable -> variable.getTaskId() == null).findFirst()
                .map(HistoricVariableInstance::getValue);
    }
}
