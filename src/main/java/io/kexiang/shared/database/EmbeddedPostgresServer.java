package io.kexiang.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * A running embedded PostgreSQL cluster, shared by every application context of the JVM that names the same
 * data directory: a test suite starts several contexts, and PostgreSQL allows one server per directory.
 * The server stops when the last context that acquired it closes.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    static final String DATABASE = "kexiang";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, Running> RUNNING = new HashMap<>();

    private final Path directory;
    private final Running running;
    private boolean closed;

    private EmbeddedPostgresServer(Path directory, Running running) {
        this.directory = directory;
        this.running = running;
    }

    static EmbeddedPostgresServer acquire(EmbeddedDatabaseSettings settings) {
        Path directory = settings.dataDirectory().toAbsolutePath().normalize();
        synchronized (RUNNING) {
            Running running = RUNNING.computeIfAbsent(directory, dir -> start(dir, settings));
            running.users++;
            return new EmbeddedPostgresServer(directory, running);
        }
    }

    String jdbcUrl() {
        return running.postgres.getJdbcUrl("postgres", DATABASE);
    }

    @Override
    public void close() throws IOException {
        synchronized (RUNNING) {
            if (closed) {
                return;
            }
            closed = true;
            if (--running.users == 0) {
                RUNNING.remove(directory);
                running.postgres.close();
            }
        }
    }

    private static Running start(Path directory, EmbeddedDatabaseSettings settings) {
        try {
            if (settings.cleanOnStart()) {
                FileSystemUtils.deleteRecursively(directory);
            }
            Files.createDirectories(directory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory.toFile())
                    .setCleanDataDirectory(false)
                    .setPort(settings.port());
            settings.serverConfig().forEach(builder::setServerConfig);
            EmbeddedPostgres postgres = builder.start();
            createDatabaseIfMissing(postgres);
            log.info("Embedded PostgreSQL started: data in {}, port {}", directory, postgres.getPort());
            return new Running(postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + directory, e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws IOException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                connection.createStatement().execute("create database " + DATABASE + " encoding 'UTF8'");
            }
        } catch (SQLException e) {
            throw new IOException("Cannot create database " + DATABASE, e);
        }
    }

    private static final class Running {
        final EmbeddedPostgres postgres;
        int users;

        Running(EmbeddedPostgres postgres) {
            this.postgres = postgres;
        }
    }
}
