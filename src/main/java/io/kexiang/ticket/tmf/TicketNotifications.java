package io.kexiang.ticket.tmf;

import io.kexiang.hub.HubEvents;
import io.kexiang.ticket.TicketOpened;
import io.kexiang.ticket.TicketStatus;
import io.kexiang.ticket.TicketStatusChanged;
import java.time.Clock;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns ticket events into the TMF621 notifications owed to the hub's listeners: {@code TroubleTicketCreateEvent},
 * {@code TroubleTicketStatusChangeEvent}, and {@code TroubleTicketResolvedEvent} when a ticket is resolved.
 */
@Component
class TicketNotifications {

    private final HubEvents hub;
    private final Clock clock;

    TicketNotifications(HubEvents hub, Clock clock) {
        this.hub = hub;
        this.clock = clock;
    }

    @EventListener
    void on(TicketOpened opened) {
        hub.owe(TicketViews.API, "TroubleTicketCreateEvent", opened.ticketId().value(), clock.instant());
    }

    @EventListener
    void on(TicketStatusChanged changed) {
        hub.owe(TicketViews.API, "TroubleTicketStatusChangeEvent", changed.ticketId().value(), changed.at());
        if (changed.to().equals(TicketStatus.RESOLVED.tmf())) {
            hub.owe(TicketViews.API, "TroubleTicketResolvedEvent", changed.ticketId().value(), changed.at());
        }
    }
}
