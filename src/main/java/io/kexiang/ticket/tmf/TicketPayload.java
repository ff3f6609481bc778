package io.kexiang.ticket.tmf;

import io.kexiang.shared.hub.HubPayload;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Tickets in TMF621 hub notifications: {@code {"event": {"troubleTicket": {…}}}}, as they are when sent. */
@Component
class TicketPayload implements HubPayload {

    static final String API = "troubleTicket";

    private final TicketViews views;

    TicketPayload(TicketViews views) {
        this.views = views;
    }

    @Override
    public String api() {
        return API;
    }

    @Override
    public String resource() {
        return "troubleTicket";
    }

    @Override
    public Map<String, Object> render(long id) {
        return views.of(id);
    }
}
