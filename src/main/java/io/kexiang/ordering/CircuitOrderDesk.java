package io.kexiang.ordering;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.springframework.security.core.Authentication;

/** Places a circuit order (调单) keyed in the console: the same checks as the TMF641 API. */
public interface CircuitOrderDesk {

    /**
     * A new order from a TMF641 {@code ServiceOrder_Create} body; returns its number ({@code SO-20261202-000001}).
     *
     * @throws io.kexiang.shared.InvalidInputException naming every bad field
     */
    String place(JsonNode serviceOrder, Authentication requester);

    /** An order still being worked, as the centre's board shows it. */
    record OpenOrder(long id, String number, String customerName, String category, String branch, Instant ordered,
                     Instant due, String processInstanceId) {
    }

    /** Every order still being worked, the one due soonest first. */
    List<OpenOrder> open();
}
