package io.kexiang.outbox.internal;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Kexiang can work without a way to send notices, but nobody must think they were sent: with neither SMTP nor a
 * webhook, the readiness group carries a warning (still UP: alarms and tickets work) and notices are kept as
 * undeliverable, readable in the API.
 */
@Component("notificationChannels")
class ChannelsHealth implements HealthIndicator {

    private final ChannelSettings channels;

    ChannelsHealth(ChannelSettings channels) {
        this.channels = channels;
    }

    @Override
    public Health health() {
        return channels.mail() || channels.webhook() ? Health.up().build() : Health.up().withDetail("warning",
                "no SMTP server (spring.mail.host) and no webhook (KEXIANG_WEBHOOK_URL): notices are not sent; "
                        + "they are kept as undeliverable and can be read in Kexiang").build();
    }
}
