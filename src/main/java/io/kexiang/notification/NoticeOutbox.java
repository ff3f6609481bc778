package io.kexiang.notification;

import java.util.List;

/**
 * Takes notices for delivery in the caller's transaction: a notice is sent if and only if the decision to send it
 * commits, and it survives a restart in between. Each channel (e-mail, webhook) is delivered and retried on its own.
 */
public interface NoticeOutbox {

    void post(Notice notice);

    /** The deliveries of the notices with this reference, oldest first. */
    List<NoticeDelivery> deliveries(String reference);
}
