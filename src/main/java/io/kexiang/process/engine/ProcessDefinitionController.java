package io.kexiang.process.engine;

import io.kexiang.process.ProcessCatalog;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code /api/v1/process-definitions}: the deployed versions; an administrator deploys a new one. */
@RestController
class ProcessDefinitionController {

    private final ProcessCatalog catalog;

    ProcessDefinitionController(ProcessCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/api/v1/process-definitions")
    @PreAuthorize("hasAuthority('STAFF')")
    List<ProcessCatalog.Definition> definitions() {
        return catalog.definitions();
    }

    @PostMapping(path = "/api/v1/process-definitions", consumes = "multipart/form-data")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    List<ProcessCatalog.Definition> deploy(@RequestParam("file") MultipartFile file) throws IOException {
        return catalog.deploy(file.getOriginalFilename(), file.getBytes());
    }
}
