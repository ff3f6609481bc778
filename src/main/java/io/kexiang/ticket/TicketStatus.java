package io.kexiang.ticket;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A ticket's state, spelt as TMF621 spells it ({@link #tmf()}): opened ({@code acknowledged}) → accepted
 * ({@code inProgress}) → waiting on the customer's side ({@code pending}, {@code held}: the restoration clock
 * stops) → {@code resolved} → {@code closed} after the return visit; {@code rejected} and {@code cancelled} end it
 * early.
 */
public enum TicketStatus {

    ACKNOWLEDGED("acknowledged"),
    IN_PROGRESS("inProgress"),
    PENDING("pending"),
    HELD("held"),
    RESOLVED("resolved"),
    CLOSED("closed"),
    REJECTED("rejected"),
    CANCELLED("cancelled");

    private final String tmf;

    TicketStatus(String tmf) {
        this.tmf = tmf;
    }

    public String tmf() {
        return tmf;
    }

    public static Optional<TicketStatus> ofTmf(String name) {
        return Arrays.stream(values()).filter(status -> status.tmf.equals(name)).findFirst();
    }

    /** Every state's TMF name, in lifecycle order. */
    public static List<String> tmfNames() {
        return Arrays.stream(values()).map(TicketStatus::tmf).toList();
    }

    /** Waiting on the customer's side: the restoration clock stops. */
    public boolean pausesRestoration() {
        return this == PENDING || this == HELD;
    }

    public boolean isOpen() {
        return this != CLOSED && this != REJECTED && this != CANCELLED;
    }
}
