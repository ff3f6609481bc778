package io.kexiang.mib.internal;

import io.kexiang.mib.MibRegistry;
import io.kexiang.mib.MibReport;
import io.kexiang.mib.MibUploads;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/mibs}: what is compiled, upload a module, recompile the folder. An upload that does not compile
 * is refused with its problems and leaves the folder as it was.
 */
@RestController
class MibController {

    private final MibRegistry registry;
    private final MibUploads uploads;

    MibController(MibRegistry registry, MibUploads uploads) {
        this.registry = registry;
        this.uploads = uploads;
    }

    @GetMapping("/api/v1/mibs")
    @PreAuthorize("hasAuthority('STAFF')")
    MibReport report() {
        return registry.report();
    }

    @PostMapping("/api/v1/mibs/reload")
    @PreAuthorize("hasRole('ADMIN')")
    MibReport reload() {
        return registry.reload();
    }

    @PostMapping(path = "/api/v1/mibs", consumes = "multipart/form-data")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    MibReport upload(@RequestParam("file") MultipartFile file) throws IOException {
        return uploads.upload(file.getOriginalFilename(), file.getBytes());
    }
}
