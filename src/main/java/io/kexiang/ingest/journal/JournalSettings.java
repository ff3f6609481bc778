package io.kexiang.ingest.journal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The datagram journal: every datagram the trap port takes is on disk before it is queued, so that a crash loses
 * nothing the kernel handed over.
 *
 * @param enabled off only where something else is the journal (Kafka in cluster mode) or nothing must be kept
 * @param directory its segment files; one Kexiang at a time (it is locked)
 * @param segmentSize each segment file, mapped into memory whole
 * @param maxSize all segments together: beyond it datagrams are taken unjournaled (and counted) until the archive
 *                catches up, rather than waited for or refused
 * @param syncInterval how often what was written is forced to the disk (the group commit): a kill -9 loses nothing
 *                     written at all; this bounds what a power cut could
 */
@ConfigurationProperties("kexiang.ingest.journal")
public record JournalSettings(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("data/journal") Path directory,
        @DefaultValue("64MB") DataSize segmentSize,
        @DefaultValue("1GB") DataSize maxSize,
        @DefaultValue("5ms") java.time.Duration syncInterval) {
}
