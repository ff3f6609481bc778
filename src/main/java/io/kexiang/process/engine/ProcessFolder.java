package io.kexiang.process.engine;

import io.kexiang.shared.files.ShippedFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.Deployment;
import org.flowable.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Deploys the BPMN files at start-up, as the routes and rules are loaded: those shipped in the jar, added to and
 * replaced by name by those in the operator's folder. Each file is its own deployment, named after it; a file that
 * has not changed since its last deployment is not deployed again (duplicate filtering), so a restart makes no new
 * versions, and a changed file becomes the next version while running instances finish on theirs.
 */
@Component
class ProcessFolder {

    private static final Logger log = LoggerFactory.getLogger(ProcessFolder.class);
    static final String SUFFIX = ".bpmn20.xml";

    private final RepositoryService repository;
    private final ProcessSettings settings;
    /** Files that could not be deployed at the last start, with why (for the health indicator). */
    private final Map<String, String> failures = new ConcurrentHashMap<>();

    ProcessFolder(RepositoryService repository, ProcessSettings settings) {
        this.repository = repository;
        this.settings = settings;
    }

    @EventListener(ApplicationStartedEvent.class)
    void deployAll() {
        Path folder = ShippedFiles.folder(Path.of(settings.directory()));
        List<ShippedFiles.ShippedFile> files = ShippedFiles.of("processes", folder, name -> name.endsWith(SUFFIX));
        for (ShippedFiles.ShippedFile file : files) {
            failures.remove(file.name());
            try (InputStream bpmn = file.open()) {
                Deployed deployed = deploy(file.name(), bpmn.readAllBytes());
                List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery()
                        .deploymentId(deployed.deployment().getId()).list();
                definitions.forEach(definition -> log.info("Process {} ({}) version {} from {} ({}){}",
                        definition.getKey(), definition.getName(), definition.getVersion(), file.name(),
                        file.shipped() ? "shipped" : file.origin(), deployed.fresh() ? ", new" : ", unchanged"));
            } catch (IOException | RuntimeException e) {
                // One broken file must not keep the others, or Kexiang, from starting; the log says which and why.
                log.error("Process file {} ({}) was not deployed: {}", file.name(), file.origin(), e.getMessage());
                failures.put(file.name(), String.valueOf(e.getMessage()));
            }
        }
    }

    Map<String, String> failures() {
        return Map.copyOf(failures);
    }

    /** A deployment, and whether it is new (else the file was the same as its last deployment, returned). */
    record Deployed(Deployment deployment, boolean fresh) {
    }

    /** Deploys a BPMN file as the next version of its processes, unless it is the same as the last one. */
    Deployed deploy(String fileName, byte[] bpmn) {
        Deployment latest = repository.createDeploymentQuery().deploymentName(fileName)
                .orderByDeploymentTime().desc().listPage(0, 1).stream().findFirst().orElse(null);
        Deployment deployment = repository.createDeployment().name(fileName).category("kexiang")
                .addBytes(fileName, bpmn).enableDuplicateFiltering().deploy();
        return new Deployed(deployment, latest == null || !latest.getId().equals(deployment.getId()));
    }
}
