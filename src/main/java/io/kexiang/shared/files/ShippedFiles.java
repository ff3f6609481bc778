package io.kexiang.shared.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.springframework.boot.system.ApplicationHome;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The MIBs, rules and routes Kexiang works with: those shipped inside the jar ({@code kexiang-defaults/<kind>/},
 * copied from the project's top-level folders at build time), added to and overridden, file by file name, by those
 * in the operator's folder. So {@code java -jar} started anywhere decodes, normalises and routes as shipped, and an
 * operator changes one file without copying the rest.
 */
public final class ShippedFiles {

    private static final String SHIPPED = "classpath*:kexiang-defaults/%s/*";

    private ShippedFiles() {
    }

    /**
     * One file: its name, where it came from ({@code shipped} or the folder's path) and how to read it.
     */
    public record ShippedFile(String name, String origin, URL url) {

        public InputStream open() throws IOException {
            return url.openStream();
        }

        public boolean shipped() {
            return "shipped".equals(origin);
        }
    }

    /**
     * The files of a kind, sorted by name.
     *
     * @param kind the shipped folder: {@code mibs}, {@code rules}, {@code routes}
     * @param folder the operator's folder (a missing one adds nothing)
     * @param wanted which file names count
     */
    public static List<ShippedFile> of(String kind, Path folder, Predicate<String> wanted) {
        Map<String, ShippedFile> byName = new TreeMap<>();
        shipped(kind).stream().filter(file -> wanted.test(file.name())).forEach(file -> byName.put(file.name(), file));
        inFolder(folder).stream().filter(file -> wanted.test(file.name()))
                .forEach(file -> byName.put(file.name(), file));
        return List.copyOf(byName.values());
    }

    /**
     * The operator's folder for a setting: as configured when absolute or present; a relative one that is not
     * there from the working directory is looked for beside the jar.
     */
    public static Path folder(Path configured) {
        if (configured.isAbsolute() || Files.isDirectory(configured)) {
            return configured.toAbsolutePath().normalize();
        }
        Path besideJar = new ApplicationHome(ShippedFiles.class).getDir().toPath().resolve(configured);
        return Files.isDirectory(besideJar) ? besideJar.normalize() : configured.toAbsolutePath().normalize();
    }

    private static List<ShippedFile> shipped(String kind) {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(SHIPPED.formatted(kind));
            List<ShippedFile> files = new ArrayList<>();
            for (Resource resource : resources) {
                if (resource.isReadable() && resource.getFilename() != null) {
                    files.add(new ShippedFile(resource.getFilename(), "shipped", resource.getURL()));
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the shipped " + kind, e);
        }
    }

    private static List<ShippedFile> inFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(ShippedFiles::fromFolder).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }

    private static ShippedFile fromFolder(Path file) {
        try {
            return new ShippedFile(file.getFileName().toString(), file.toAbsolutePath().toString(),
                    file.toUri().toURL());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
