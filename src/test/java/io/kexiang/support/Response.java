package io.kexiang.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import org.springframework.http.HttpHeaders;

/** An HTTP answer as a test sees it: status, headers, body, and the body as JSON. */
public record Response(int status, HttpHeaders headers, String body) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public JsonNode json() {
        try {
            return JSON.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException("not JSON (" + status + "): " + body, e);
        }
    }

    public String header(String name) {
        return headers.getFirst(name);
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
