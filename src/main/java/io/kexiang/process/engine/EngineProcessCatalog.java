package io.kexiang.process.engine;

import io.kexiang.process.ProcessCatalog;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Text;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.flowable.bpmn.exceptions.XMLException;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.repository.Deployment;
import org.flowable.engine.repository.ProcessDefinition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class EngineProcessCatalog implements ProcessCatalog {

    private static final int MAX_BYTES = 2 * 1024 * 1024;

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ProcessFolder folder;

    EngineProcessCatalog(RepositoryService repository, RuntimeService runtime, ProcessFolder folder) {
        this.repository = repository;
        this.runtime = runtime;
        this.folder = folder;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Definition> definitions() {
        return views(repository.createProcessDefinitionQuery().list());
    }

    @Override
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public List<Definition> deploy(String fileName, byte[] bpmn) {
        if (fileName == null || !fileName.endsWith(ProcessFolder.SUFFIX) || fileName.contains("/")
                || fileName.contains("\\")) {
            throw InvalidInputException.badRequest(FieldProblem.of("file", fileName,
                    Text.of("process.fileName", ProcessFolder.SUFFIX)));
        }
        if (bpmn.length == 0 || bpmn.length > MAX_BYTES) {
            throw InvalidInputException.badRequest(FieldProblem.of("file", bpmn.length,
                    Text.of("process.fileSize", MAX_BYTES)));
        }
        ProcessFolder.Deployed deployed;
        try {
            deployed = folder.deploy(fileName, bpmn);
        } catch (FlowableException | XMLException e) {
            throw new InvalidInputException(422, Text.of("process.invalidBpmn"), List.of(FieldProblem.of("file",
                    fileName, Text.localized(rootMessage(e)))));
        }
        if (!deployed.fresh()) {
            return List.of(); // the same as its last deployment: no new version
        }
        return views(repository.createProcessDefinitionQuery().deploymentId(deployed.deployment().getId()).list());
    }

    /** The parser's own words (line, column, what is wrong), without the wrappers' class names. */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? e.getMessage() : root.getMessage();
    }

    private List<Definition> views(List<ProcessDefinition> definitions) {
        Map<String, Long> running = definitions.stream().collect(Collectors.toMap(ProcessDefinition::getId,
                definition -> runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count()));
        Map<String, Deployment> deployments = definitions.stream().map(ProcessDefinition::getDeploymentId).distinct()
                .collect(Collectors.toMap(id -> id,
                        id -> repository.createDeploymentQuery().deploymentId(id).singleResult()));
        return definitions.stream()
                .sorted(Comparator.comparing(ProcessDefinition::getKey)
                        .thenComparing(ProcessDefinition::getVersion, Comparator.reverseOrder()))
                .map(definition -> new Definition(definition.getKey(), definition.getName(),
                        definition.getVersion(), definition.getResourceName(),
                        deployments.get(definition.getDeploymentId()).getDeploymentTime().toInstant(),
                        running.get(definition.getId())))
                .toList();
    }
}
