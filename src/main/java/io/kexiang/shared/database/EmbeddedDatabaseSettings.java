package io.kexiang.shared.database;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL started when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where the cluster lives; it survives restarts
 * @param port 0 picks a free port
 * @param cleanOnStart wipe the directory before the first start in this JVM (tests only)
 * @param serverConfig postgresql.conf settings given at start, such as {@code shared_buffers: 512MB} or the
 *                     benchmark's {@code track_commit_timestamp: on}
 */
@ConfigurationProperties("kexiang.database.embedded")
record EmbeddedDatabaseSettings(
        @DefaultValue("./data/pg") Path dataDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean cleanOnStart,
        Map<String, String> serverConfig) {

    EmbeddedDatabaseSettings {
        serverConfig = serverConfig == null ? Map.of() : Map.copyOf(serverConfig);
    }
}
