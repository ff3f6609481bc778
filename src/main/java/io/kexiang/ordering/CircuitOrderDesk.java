package io.kexiang.ordering;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.security.core.Authentication;

/** Places a circuit order (调单) keyed in the console: the same checks as the TMF641 API. */
public interface CircuitOrderDesk {

    /**
     * A new order from a TMF641 {@code ServiceOrder_Create} body; returns its number ({@code SO-20261202-000001}).
     *
     * @throws io.kexiang.shared.InvalidInputException naming every bad field
     */
    String place(JsonNode serviceOrder, Authentication requester);
}
