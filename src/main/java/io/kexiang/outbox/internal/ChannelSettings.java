package io.kexiang.outbox.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Which channels to people are configured: e-mail with an SMTP server, the webhook with a URL. */
@Component
class ChannelSettings {

    private final boolean mail;
    private final boolean webhook;

    ChannelSettings(@Value("${spring.mail.host:}") String mailHost,
            @Value("${kexiang.notification.webhook-url:}") String webhookUrl) {
        this.mail = !mailHost.isBlank();
        this.webhook = !webhookUrl.isBlank();
    }

    boolean mail() {
        return mail;
    }

    boolean webhook() {
        return webhook;
    }
}
