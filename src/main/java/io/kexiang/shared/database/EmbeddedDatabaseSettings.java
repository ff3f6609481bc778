package io.kexiang.shared.database;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL started when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where the cluster lives; it survives restarts
 * @param port 0 picks a free port (kept across a restart after a crash)
 * @param cleanOnStart wipe the directory before the first start in this JVM (tests only)
 * @param serverConfig postgresql.conf settings given at start, such as {@code shared_buffers: 512MB} or the
 *                     benchmark's {@code track_commit_timestamp: on}; {@code fsync} and {@code full_page_writes}
 *                     are always on
 * @param startupWait how long one start may take (WAL recovery after a crash included)
 * @param restartAttempts how often a server that died under a running Kexiang is started again before giving up
 * @param restartDelay how long after such a death the first start is tried
 */
@ConfigurationProperties("kexiang.database.embedded")
record EmbeddedDatabaseSettings(
        @DefaultValue("./data/pg") Path dataDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean cleanOnStart,
        Map<String, String> serverConfig,
        @DefaultValue("60s") Duration startupWait,
        @DefaultValue("8") int restartAttempts,
        @DefaultValue("1s") Duration restartDelay) {

    EmbeddedDatabaseSettings {
        serverConfig = serverConfig == null ? Map.of() : Map.copyOf(serverConfig);
    }
}
