package io.kexiang.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.FileSystemUtils;

/**
 * A running embedded PostgreSQL cluster, shared by every application context of the JVM that names the same
 * data directory: a test suite starts several contexts, and PostgreSQL allows one server per directory.
 *
 * <p>Kexiang owns the server's whole life, as it would an external one's: no JVM shutdown hook of zonky's (it
 * stopped PostgreSQL while the archive writers were still draining), the server stops when the last context that
 * acquired it closes, a server orphaned by a killed JVM is stopped before the start, and a server that dies under
 * a running Kexiang is started again on the same port (bounded attempts) while readiness says DOWN. Its data is
 * flushed to disk ({@code fsync}, {@code full_page_writes}: zonky's {@code -F} turns fsync off) and every
 * connection needs the generated password.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    static final String DATABASE = "kexiang";
    static final String SUPERUSER = "postgres";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, Cluster> RUNNING = new HashMap<>();
    /** After zonky's {@code -F} and the operator's settings, so that nothing turns durability off. */
    private static final Map<String, String> DURABLE = Map.of("fsync", "on", "full_page_writes", "on");

    private final Path directory;
    private final Cluster cluster;
    private final List<Consumer<Boolean>> ownListeners = new CopyOnWriteArrayList<>();
    private boolean closed;

    private EmbeddedPostgresServer(Path directory, Cluster cluster) {
        this.directory = directory;
        this.cluster = cluster;
    }

    /** @param httpPort the web server's port, not yet bound: a free port picked for PostgreSQL must not take it */
    static EmbeddedPostgresServer acquire(EmbeddedDatabaseSettings settings, int httpPort) {
        Path directory = settings.dataDirectory().toAbsolutePath().normalize();
        synchronized (RUNNING) {
            Cluster cluster = RUNNING.computeIfAbsent(directory, dir -> new Cluster(dir, settings, httpPort));
            cluster.users++;
            return new EmbeddedPostgresServer(directory, cluster);
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + cluster.port + "/" + DATABASE;
    }

    String password() {
        return cluster.password;
    }

    int port() {
        return cluster.port;
    }

    boolean isUp() {
        return cluster.up;
    }

    /** Told {@code false} when the server dies, {@code true} when it is back. */
    void onAvailability(Consumer<Boolean> listener) {
        ownListeners.add(listener);
        cluster.listeners.add(listener);
    }

    /** The running postmaster, for tests that kill it. */
    ProcessHandle postmaster() {
        return OrphanPostmaster.running(directory).orElseThrow();
    }

    @Override
    public void close() {
        synchronized (RUNNING) {
            if (closed) {
                return;
            }
            closed = true;
            cluster.listeners.removeAll(ownListeners);
            if (--cluster.users == 0) {
                RUNNING.remove(directory);
                cluster.stop();
            }
        }
    }

    /** One data directory's server, across its restarts. */
    private static final class Cluster {

        final Path directory;
        final EmbeddedDatabaseSettings settings;
        final List<Consumer<Boolean>> listeners = new CopyOnWriteArrayList<>();
        int users;
        int port;
        String password;
        volatile boolean up;
        private volatile boolean stopping;
        private EmbeddedPostgres postgres;

        Cluster(Path directory, EmbeddedDatabaseSettings settings, int httpPort) {
            this.directory = directory;
            this.settings = settings;
            try {
                if (settings.cleanOnStart()) {
                    FileSystemUtils.deleteRecursively(directory);
                }
                Files.createDirectories(directory);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot prepare " + directory, e);
            }
            start(settings.port() == 0 ? freePortOtherThan(httpPort) : settings.port());
            createDatabaseIfMissing();
            log.info("Embedded PostgreSQL started: data in {}, port {}, fsync on", directory, port);
        }

        /**
         * A port free now, other than the web server's: with both picked at random before either is bound, the
         * operating system can hand the same port to both, and the web server then fails to start.
         */
        private static int freePortOtherThan(int httpPort) {
            for (int attempt = 0; ; attempt++) {
                try (ServerSocket socket = new ServerSocket(0)) {
                    if (socket.getLocalPort() != httpPort || attempt > 10) {
                        return socket.getLocalPort();
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("No free port for the embedded PostgreSQL", e);
                }
            }
        }

        private synchronized void start(int requestedPort) {
            password = ClusterPassword.existing(directory).orElse(null);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory.toFile())
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(settings.startupWait())
                    .setPort(requestedPort)
                    .setDataDirectoryCustomizer(folder -> {
                        OrphanPostmaster.stopIn(folder);
                        if (password != null) {
                            ClusterPassword.requireIt(folder.toPath());
                        }
                    });
            settings.serverConfig().forEach(builder::setServerConfig);
            DURABLE.forEach(builder::setServerConfig);
            if (password != null) {
                builder.setConnectConfig("password", password);
            }
            try {
                postgres = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + directory, e);
            }
            port = postgres.getPort();
            if (password == null) {
                password = ClusterPassword.establish(directory, port);
            }
            up = true;
            OrphanPostmaster.running(directory).ifPresent(this::watch);
        }

        /**
         * The postmaster is not the JVM's child (pg_ctl detaches it), and ProcessHandle.onExit polls such a
         * process slowly (seconds under load): a look five times a second takes readiness down almost at once.
         */
        private void watch(ProcessHandle postmaster) {
            Thread watcher = new Thread(() -> {
                while (postmaster.isAlive() && !stopping) {
                    sleep(Duration.ofMillis(200));
                }
                died(postmaster.pid());
            }, "embedded-postgres-watch");
            watcher.setDaemon(true);
            watcher.start();
        }

        private void died(long pid) {
            if (stopping) {
                return;
            }
            up = false;
            log.error("The embedded PostgreSQL (pid {}) stopped under a running Kexiang; readiness is DOWN and it "
                    + "is started again on port {}", pid, port);
            listeners.forEach(listener -> listener.accept(false));
            Thread restart = new Thread(this::restart, "embedded-postgres-restart");
            restart.setDaemon(true);
            restart.start();
        }

        private void restart() {
            // The dead postmaster's backends notice it and exit; until they have, its shared memory is in use.
            sleep(settings.restartDelay());
            Duration pause = Duration.ofSeconds(1);
            for (int attempt = 1; attempt <= settings.restartAttempts() && !stopping; attempt++) {
                try {
                    closeQuietly();
                    start(port);
                    log.warn("The embedded PostgreSQL is running again (attempt {}); readiness is UP", attempt);
                    listeners.forEach(listener -> listener.accept(true));
                    return;
                } catch (RuntimeException e) {
                    log.warn("Starting the embedded PostgreSQL again failed (attempt {} of {}): {}", attempt,
                            settings.restartAttempts(), e.getMessage());
                    sleep(pause);
                    pause = pause.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0 ? Duration.ofSeconds(30)
                            : pause.multipliedBy(2);
                }
            }
            log.error("The embedded PostgreSQL could not be started again after {} attempts; Kexiang stays not ready",
                    settings.restartAttempts());
        }

        synchronized void stop() {
            stopping = true;
            up = false;
            closeQuietly();
        }

        private synchronized void closeQuietly() {
            if (postgres == null) {
                return;
            }
            try {
                postgres.close();
            } catch (IOException e) {
                log.warn("Stopping the embedded PostgreSQL: {}", e.getMessage());
            }
            postgres = null;
        }

        private void createDatabaseIfMissing() {
            try (Connection connection = DriverManager.getConnection(
                    "jdbc:postgresql://localhost:" + port + "/postgres", SUPERUSER, password);
                 var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                exists.setString(1, DATABASE);
                if (!exists.executeQuery().next()) {
                    connection.createStatement().execute("create database " + DATABASE + " encoding 'UTF8'");
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create database " + DATABASE, e);
            }
        }

        private static void sleep(Duration pause) {
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
