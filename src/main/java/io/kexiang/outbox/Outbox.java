package io.kexiang.outbox;

import java.util.List;

/**
 * Takes messages for delivery in the caller's transaction: a message is sent if and only if the decision to send
 * it commits, and it survives a restart in between. Each message goes to one recipient by one channel and is
 * retried on its own, so a dead listener or mail server holds up nothing else.
 */
public interface Outbox {

    /** Queues the notice on every channel that can reach its recipient; returns how many (0: it cannot go). */
    int notify(Notice notice);

    /**
     * Queues an event for a listener's callback URL (a TMF hub subscription). The {@code hub} channel's route
     * turns {@code event} into what is posted.
     *
     * @param reference what the event is for, to list and cancel it by ({@code hub-subscription:3})
     * @param eventType the TMF event type, shown as the message's subject
     * @param event JSON: what the route needs to build the body
     * @param coalesceKey events of one reference with the same key are alike (the route renders them the same): one
     *                    still waiting to be sent is replaced by the newer rather than followed by it; null: never
     */
    void callback(String reference, String callbackUrl, String eventType, String event, String coalesceKey);

    /**
     * Queues a JSON document to be POSTed as it is to another system ({@code post} channel): a completed order's
     * TMF641 event to the group dispatch system (报竣). Messages to one URL go in the order they were written.
     *
     * @param subject what it is, shown as the message's subject ({@code ServiceOrderStateChangeEvent})
     */
    void post(String reference, String url, String subject, String json);

    /** Whether any channel to people (SMTP, webhook) is configured at all. */
    boolean anyPersonChannel();

    /** The messages with this reference, oldest first, with how each fared. */
    List<Delivery> deliveries(String reference);

    /** The newest messages with this reference, newest first, at most {@code limit}. */
    List<Delivery> newest(String reference, int limit);

    /** Gives up the pending messages with this reference (an unsubscribed listener); returns how many. */
    int cancel(String reference);
}
