package io.kexiang.shared.camel;

import io.kexiang.shared.files.ShippedFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The Camel YAML routes: those shipped in the jar, added to and overridden by file name by those in the operator's
 * folder, {@code kexiang.routes.directory} ({@code KEXIANG_ROUTES_DIR}, default {@code ./routes}). Each route is
 * named to Camel by itself, so a shipped route replaced in the folder is not loaded twice.
 */
public class RoutesLocation implements EnvironmentPostProcessor {

    static final String PATTERN = "camel.main.routes-include-pattern";
    private static final String NOTHING = "classpath:kexiang-no-routes/*.camel.yaml";

    private final Log log;

    public RoutesLocation(DeferredLogFactory logs) {
        this.log = logs.getLog(RoutesLocation.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(PATTERN)) {
            return;
        }
        Path folder = ShippedFiles.folder(Path.of(environment.getProperty("kexiang.routes.directory", "routes")));
        List<String> routes = ShippedFiles.of("routes", folder, name -> name.endsWith(".camel.yaml")).stream()
                .map(file -> file.shipped() ? "classpath:kexiang-defaults/routes/" + file.name()
                        : "file:" + file.origin())
                .toList();
        String pattern = routes.isEmpty() ? NOTHING : String.join(",", routes);
        log.info("Camel routes: " + (routes.isEmpty() ? "none" : pattern) + " (operator's folder " + folder + ")");
        environment.getPropertySources().addLast(new MapPropertySource("kexiangRoutes", Map.of(PATTERN, pattern)));
    }
}
