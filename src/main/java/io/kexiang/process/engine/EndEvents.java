package io.kexiang.process.engine;

import org.flowable.bpmn.model.FlowElement;
import org.flowable.engine.RepositoryService;
import org.springframework.stereotype.Component;

/**
 * How an instance ended, in the words of its BPMN: the name of the end event it reached ({@code 已报竣}), so that an
 * operator who adds an end to a flow names it there and nowhere else.
 */
@Component
public class EndEvents {

    private final RepositoryService repository;

    EndEvents(RepositoryService repository) {
        this.repository = repository;
    }

    /** The end event's name, its id when it has none, null for an instance ended by hand or still running. */
    public String name(String processDefinitionId, String endActivityId) {
        if (endActivityId == null) {
            return null;
        }
        FlowElement end = repository.getBpmnModel(processDefinitionId).getFlowElement(endActivityId);
        return end == null || end.getName() == null || end.getName().isBlank() ? endActivityId : end.getName();
    }
}
