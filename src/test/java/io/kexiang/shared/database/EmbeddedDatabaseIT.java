package io.kexiang.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.kexiang.KexiangApplication;
import io.kexiang.support.Api;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The application as an operator starts it: twice on the same data directory, and on an external database. */
class EmbeddedDatabaseIT {

    private static final String ADMIN_PASSWORD = "admin-test-password";

    private static ConfigurableApplicationContext start(String... args) {
        String[] common = {"--server.port=0", "--spring.jmx.enabled=false",
                "--kexiang.identity.initial-admin-password=" + ADMIN_PASSWORD,
                "--kexiang.ingest.file-drop.directory=target/test-drop-" + System.nanoTime()};
        String[] all = new String[common.length + args.length];
        System.arraycopy(common, 0, all, 0, common.length);
        System.arraycopy(args, 0, all, common.length, args.length);
        return new SpringApplicationBuilder(KexiangApplication.class).run(all);
    }

    private static Api admin(ConfigurableApplicationContext context) {
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        return Api.at(port).as("admin", ADMIN_PASSWORD);
    }

    @Test
    void dataSurvivesAStopAndStartOnTheSameDirectory(@TempDir Path data) {
        String[] embedded = {"--kexiang.database.embedded.data-directory=" + data.resolve("pg"),
                "--kexiang.database.embedded.clean-on-start=false"};
        try (ConfigurableApplicationContext first = start(embedded)) {
            assertThat(admin(first).postCsv("/api/v1/import/network-elements",
                    "name,mgmt_ips,role\nRESTART-NE,192.0.2.77,PE\n").status()).isEqualTo(200);
        }
        assertThat(data.resolve("pg/PG_VERSION")).exists();

        try (ConfigurableApplicationContext second = start(embedded)) {
            assertThat(admin(second).get("/api/v1/network-elements/RESTART-NE").json().get("mgmtIps").get(0)
                    .asText()).isEqualTo("192.0.2.77");
        }
    }

    @Test
    void aSignInLockoutSurvivesARestart(@TempDir Path data) {
        String[] embedded = {"--kexiang.database.embedded.data-directory=" + data.resolve("pg"),
                "--kexiang.database.embedded.clean-on-start=false", "--kexiang.identity.login.max-failures=3"};
        try (ConfigurableApplicationContext first = start(embedded)) {
            Api wrong = admin(first).as("admin", "not-the-password");
            for (int i = 0; i < 3; i++) {
                assertThat(wrong.get("/api/v1/me").status()).isEqualTo(401);
            }
            assertThat(admin(first).get("/api/v1/me").status()).isEqualTo(429);
        }

        try (ConfigurableApplicationContext second = start(embedded)) {
            assertThat(admin(second).get("/api/v1/me").status()).isEqualTo(429);
        }
    }

    @Test
    void aConfiguredDatasourceIsUsedAndNoEmbeddedDatabaseStarts(@TempDir Path data) throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder().setDataDirectory(data.toFile()).start()) {
            String url = "jdbc:postgresql://localhost:" + external.getPort() + "/postgres";
            try (ConfigurableApplicationContext app = start("--spring.datasource.url=" + url,
                    "--spring.datasource.username=postgres")) {
                assertThat(app.getBeanNamesForType(EmbeddedPostgresServer.class)).isEmpty();
                assertThat(admin(app).get("/api/v1/me").status()).isEqualTo(200);
            }
            try (Connection connection = external.getPostgresDatabase().getConnection();
                 ResultSet rs = connection.createStatement()
                         .executeQuery("select count(*) from person where employee_id = 'admin'")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }
}
