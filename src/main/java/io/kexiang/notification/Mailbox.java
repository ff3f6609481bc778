package io.kexiang.notification;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends plain-text mail through the configured SMTP server ({@code spring.mail.*}). Without one, a notice is
 * logged and counted as not sent, never silently lost; a failing server throws, so the event stays outstanding
 * and is delivered again at the next start.
 */
@Component
class Mailbox {

    private static final Logger log = LoggerFactory.getLogger(Mailbox.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final MeterRegistry meters;

    Mailbox(ObjectProvider<JavaMailSender> sender,
            @Value("${kexiang.notification.mail-from:kexiang-noc@localhost}") String from, MeterRegistry meters) {
        this.sender = sender;
        this.from = from;
        this.meters = meters;
    }

    void send(List<String> to, String subject, String text) {
        if (to.isEmpty()) {
            meters.counter("kexiang.notification.mail", "outcome", "no_recipient").increment();
            log.warn("Notice '{}' has nobody to go to (no one with an e-mail address at that level)", subject);
            return;
        }
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            meters.counter("kexiang.notification.mail", "outcome", "not_configured").increment();
            log.warn("Notice '{}' to {} not sent: no SMTP server configured (spring.mail.host)", subject, to);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to.toArray(String[]::new));
        message.setSubject(subject);
        message.setText(text);
        mail.send(message);
        meters.counter("kexiang.notification.mail", "outcome", "sent").increment();
        log.info("Notice '{}' sent to {}", subject, to);
    }
}
