package io.kexiang.shared.camel;

import static org.assertj.core.api.Assertions.assertThat;

import io.kexiang.KexiangApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.CamelContext;
import org.apache.camel.ServiceStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Operators change feeds by editing YAML route files: the application loads whatever the folder holds. */
class CamelRoutesIT {

    @Test
    void yamlRoutesInTheRoutesFolderAreLoadedAndStartedAtStartUp(@TempDir Path routes) throws Exception {
        Files.writeString(routes.resolve("heartbeat.camel.yaml"), """
                - route:
                    id: heartbeat
                    from:
                      uri: timer:heartbeat?period=60000
                      steps:
                        - log: "heartbeat"
                """);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KexiangApplication.class).run(
                "--server.port=0", "--spring.jmx.enabled=false",
                "--kexiang.routes.directory=" + routes.toAbsolutePath())) {
            CamelContext camel = app.getBean(CamelContext.class);

            assertThat(camel.getRoute("heartbeat")).isNotNull();
            assertThat(camel.getRouteController().getRouteStatus("heartbeat")).isEqualTo(ServiceStatus.Started);
        }
    }

    @Test
    void withNoRoutesFolderTheRoutesShippedInTheJarRun(@TempDir Path somewhere) {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KexiangApplication.class).run(
                "--server.port=0", "--spring.jmx.enabled=false",
                "--kexiang.routes.directory=" + somewhere.resolve("no-such-folder"))) {
            assertThat(app.getBean(CamelContext.class).getRoutes()).extracting(route -> route.getRouteId())
                    .contains("nms-file-drop", "outbox-email", "outbox-webhook", "outbox-hub");
        }
    }

    @Test
    void aRouteFileInTheFolderReplacesTheShippedOneOfTheSameName(@TempDir Path routes) throws Exception {
        Files.writeString(routes.resolve("outbox-webhook.camel.yaml"), """
                - route:
                    id: outbox-webhook-replaced
                    from:
                      uri: direct:outbox-webhook
                      steps:
                        - log: "replaced"
                """);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(KexiangApplication.class).run(
                "--server.port=0", "--spring.jmx.enabled=false",
                "--kexiang.routes.directory=" + routes.toAbsolutePath())) {
            CamelContext camel = app.getBean(CamelContext.class);

            assertThat(camel.getRoute("outbox-webhook-replaced")).isNotNull();
            assertThat(camel.getRoute("outbox-webhook")).isNull();
            assertThat(camel.getRoute("outbox-email")).isNotNull();
        }
    }
}
