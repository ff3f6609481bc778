package io.kexiang.qualification;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.security.core.Authentication;

/** Asks for a resource check (资源核查), as the console does for a person: the same checks as the TMF645 API. */
public interface ResourceCheckDesk {

    /**
     * A new check from a TMF645 {@code CheckServiceQualification_Create} body; returns its number
     * ({@code RC-20261202-000001}).
     *
     * @throws io.kexiang.shared.InvalidInputException naming every bad field
     */
    String request(JsonNode checkServiceQualification, Authentication requester);
}
