package io.kexiang.notification;

import java.util.List;

/**
 * Takes notices for delivery in the caller's transaction: a notice is sent if and only if the decision to send it
 * commits, and it survives a restart in between. Each channel (e-mail, webhook) is delivered and retried on its own.
 */
public interface NoticeOutbox {

    /** Queues the notice on every channel that can reach its recipient; returns how many (0: it cannot go). */
    int post(Notice notice);

    /** Whether any channel (SMTP, webhook) is configured at all. */
    boolean anyChannel();

    /** The deliveries of the notices with this reference, oldest first. */
    List<NoticeDelivery> deliveries(String reference);
}
