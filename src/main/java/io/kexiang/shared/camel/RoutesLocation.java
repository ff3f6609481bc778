package io.kexiang.shared.camel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Where operators keep the Camel YAML routes: {@code kexiang.routes.directory} ({@code KEXIANG_ROUTES_DIR},
 * default {@code ./routes}). A missing folder means no routes rather than a failed start, which is what Camel's
 * file pattern alone would do when the service is started from another directory.
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
        Path folder = Path.of(environment.getProperty("kexiang.routes.directory", "routes")).toAbsolutePath()
                .normalize();
        String pattern = NOTHING;
        if (Files.isDirectory(folder)) {
            pattern = "file:" + folder + "/*.camel.yaml";
            log.info("Camel routes are read from " + folder);
        } else {
            log.warn("No routes folder at " + folder + ": no Camel routes are loaded (set KEXIANG_ROUTES_DIR)");
        }
        environment.getPropertySources().addLast(new MapPropertySource("kexiangRoutes", Map.of(PATTERN, pattern)));
    }
}
