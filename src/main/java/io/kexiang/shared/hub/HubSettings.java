package io.kexiang.shared.hub;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Delivery of TMF642 notifications to registered listeners.
 *
 * @param firstRetry wait after the first failed delivery; each later wait doubles, up to {@code maxRetry}
 * @param maxAttempts deliveries tried before a notification is given up (kept, marked failed)
 * @param timeout connect and read timeout of one delivery
 * @param senders deliveries in flight at once, across listeners
 */
@ConfigurationProperties("kexiang.alarm.hub")
record HubSettings(
        @DefaultValue("2s") Duration firstRetry,
        @DefaultValue("10m") Duration maxRetry,
        @DefaultValue("12") int maxAttempts,
        @DefaultValue("5s") Duration timeout,
        @DefaultValue("4") int senders) {
}
