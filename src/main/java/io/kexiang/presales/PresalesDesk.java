package io.kexiang.presales;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.security.core.Authentication;

/** Opens a pre-sales case (售前) from the console: the same checks as {@code POST /api/v1/presales}. */
public interface PresalesDesk {

    /** A new case ({@code customer}, {@code requirement}, {@code serviceType}, {@code siteAddress} …); its number. */
    String open(JsonNode presalesCase, Authentication requester);
}
