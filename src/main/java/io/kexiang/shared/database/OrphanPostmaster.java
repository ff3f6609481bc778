package io.kexiang.shared.database;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL left running on our data folder by a Kexiang that was killed ({@code kill -9}, a power cut of the JVM
 * alone): pg_ctl starts the server detached, so it outlives the JVM. It is found from {@code postmaster.pid} and
 * stopped before the new start, which would otherwise fail (the folder is taken) or, on a fixed port, quietly
 * adopt the old server with its old settings.
 *
 * <p>It is only called under zonky's lock on the folder, so the server found cannot belong to a live Kexiang.
 */
final class OrphanPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanPostmaster.class);
    private static final Duration SMART_STOP = Duration.ofSeconds(30);

    private OrphanPostmaster() {
    }

    /** Stops the postmaster that {@code postmaster.pid} in the folder names, if it is still running. */
    static void stopIn(File dataDirectory) {
        running(dataDirectory.toPath()).ifPresent(postmaster -> stop(postmaster, dataDirectory));
    }

    static Optional<ProcessHandle> running(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile);
            if (lines.isEmpty() || lines.get(0).isBlank()) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                    .filter(ProcessHandle::isAlive)
                    .filter(OrphanPostmaster::isPostgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + pidFile, e);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A stale pid file may name a pid the system has since given to another program. */
    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.endsWith("/postgres")).orElse(false);
    }

    private static void stop(ProcessHandle postmaster, File dataDirectory) {
        log.warn("A PostgreSQL left running by an earlier Kexiang (pid {}) holds {}; stopping it before starting "
                + "afresh", postmaster.pid(), dataDirectory);
        // SIGTERM is PostgreSQL's smart shutdown: the dead JVM's sessions are gone, so it ends at once, cleanly.
        postmaster.destroy();
        try {
            postmaster.onExit().get(SMART_STOP.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            log.warn("The earlier PostgreSQL (pid {}) did not stop within {}; killing it (WAL recovery follows)",
                    postmaster.pid(), SMART_STOP);
            postmaster.destroyForcibly();
            postmaster.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the earlier PostgreSQL", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot stop the earlier PostgreSQL", e);
        }
    }
}
