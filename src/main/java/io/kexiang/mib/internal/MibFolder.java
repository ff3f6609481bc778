package io.kexiang.mib.internal;

import io.kexiang.mib.MibProblem;
import io.kexiang.mib.MibRegistry;
import io.kexiang.mib.MibReport;
import io.kexiang.mib.MibUploads;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

@Component
class MibFolder implements MibUploads {

    private final MibRegistry registry;
    private final MibSettings settings;

    MibFolder(MibRegistry registry, MibSettings settings) {
        this.registry = registry;
        this.settings = settings;
    }

    @Override
    @PreAuthorize("hasRole('ADMIN')")
    public synchronized MibReport upload(String fileName, byte[] content) {
        Path target = target(fileName);
        try {
            byte[] previous = Files.exists(target) ? Files.readAllBytes(target) : null;
            Set<MibProblem> before = Set.copyOf(registry.report().problems());
            Files.createDirectories(target.getParent());
            Files.write(target, content);
            MibReport report = registry.reload();
            // Whatever breaks with the upload is the upload's fault, whichever file the problem names (a duplicate
            // module is reported on the file that sorts later).
            List<FieldProblem> problems = report.problems().stream().filter(p -> !before.contains(p))
                    .filter(p -> "ERROR".equals(p.severity()) || "FATAL".equals(p.severity()))
                    .map(MibFolder::field).toList();
            if (!problems.isEmpty()) {
                restore(target, previous);
                registry.reload();
                throw new InvalidInputException(422, Text.of("mib.doesNotCompile"), problems);
            }
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path target(String name) {
        String fileName = name == null ? "" : Path.of(name).getFileName().toString();
        Path target = settings.directory().resolve(fileName);
        if (fileName.isBlank() || !MibCompiler.isMibFile(target)) {
            throw InvalidInputException.badRequest(List.of(FieldProblem.of("file", name, Text.of("mib.fileName"))));
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
        return new FieldProblem(problem.line(), problem.file(), null, Text.of("mib.compilerSays", problem.reason()));
    }
}
