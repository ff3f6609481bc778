package io.kexiang.mib.internal;

import io.kexiang.mib.MibProblem;
import io.kexiang.mib.MibRegistry;
import io.kexiang.mib.MibReport;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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
    private final MibSettings settings;

    MibController(MibRegistry registry, MibSettings settings) {
        this.registry = registry;
        this.settings = settings;
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
    synchronized MibReport upload(@RequestParam("file") MultipartFile file) throws IOException {
        Path target = target(file.getOriginalFilename());
        byte[] previous = Files.exists(target) ? Files.readAllBytes(target) : null;
        Set<MibProblem> before = Set.copyOf(registry.report().problems());
        Files.createDirectories(target.getParent());
        file.transferTo(target);
        MibReport report = registry.reload();
        // Whatever breaks with the upload is the upload's fault, whichever file the problem names (a duplicate
        // module is reported on the file that sorts later).
        List<FieldProblem> problems = report.problems().stream().filter(p -> !before.contains(p))
                .filter(p -> "ERROR".equals(p.severity()) || "FATAL".equals(p.severity()))
                .map(MibController::field).toList();
        if (!problems.isEmpty()) {
            restore(target, previous);
            registry.reload();
            throw new InvalidInputException(422, Text.of("mib.doesNotCompile"), problems);
        }
        return report;
    }

    private Path target(String name) {
        String fileName = name == null ? "" : Path.of(name).getFileName().toString();
        Path target = settings.directory().resolve(fileName);
        if (fileName.isBlank() || !MibCompiler.isMibFile(target)) {
            throw InvalidInputException.badRequest(
                    List.of(FieldProblem.of("file", name, Text.of("mib.fileName"))));
        }
        return target;
    }

    private static void restore(Path target, byte[] previous) throws IOException {
        if (previous == null) {
            Files.deleteIfExists(target);
        } else {
            Files.write(target, previous);
        }
    }

    private static FieldProblem field(MibProblem problem) {
        // The compiler's own words, quoted: they name MIB syntax, which has no other language.
        return new FieldProblem(problem.line(), problem.file(), null, Text.of("mib.compilerSays",
                problem.reason()));
    }
}
