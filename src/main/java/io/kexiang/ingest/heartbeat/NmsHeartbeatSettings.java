package io.kexiang.ingest.heartbeat;

import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One NMS platform whose heartbeat Kexiang watches.
 *
 * @param name the NMS as the NOC calls it; the alarm is about it
 * @param source the address its traps come from
 * @param notification the heartbeat notification
 * @param interval how often it beats
 * @param misses beats missed before the heartbeat counts as lost
 */
public record NmsHeartbeatSettings(
        String name,
        String source,
        @DefaultValue("IMAP_NORTHBOUND_MIB-V1::iMAPNorthboundHeartbeatNotificationType") String notification,
        @DefaultValue("60s") Duration interval,
        @DefaultValue("3") int misses) {

    Duration allowance() {
        return interval.multipliedBy(misses);
    }
}
