package io.kexiang.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** A real HTTP client for the running application, signed in as someone or no one. */
public final class Api {

    private final RestClient client;
    private final String authorization;
    private final String base;
    private final String language;

    private Api(RestClient client, String authorization, String base, String language) {
        this.client = client;
        this.authorization = authorization;
        this.base = base;
        this.language = language;
    }

    public static Api at(int port) {
        // The JDK client answers as the server did: Apache HttpClient (on the classpath for Camel's http component)
        // would wait out a 429's Retry-After on its own, hiding the answer a test asserts and stalling it.
        String base = "http://localhost:" + port;
        return new Api(RestClient.builder().requestFactory(new JdkClientHttpRequestFactory()).baseUrl(base).build(),
                null, base, null);
    }

    public Api as(String user, String password) {
        String credentials = Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(client, "Basic " + credentials, base, language);
    }

    public Api withToken(String token) {
        return new Api(client, "Bearer " + token, base, language);
    }

    /** Asks for replies in these languages ({@code Accept-Language}); without, Kexiang answers in its default. */
    public Api speaking(String acceptLanguage) {
        return new Api(client, authorization, base, acceptLanguage);
    }

    public Response get(String path) {
        return exchange(HttpMethod.GET, path, null, null);
    }

    /** A GET of a path sent exactly as written, percent-escapes included ({@code %00} is a NUL). */
    public Response getAsWritten(String path) {
        RestClient.RequestHeadersSpec<?> request = client.get().uri(java.net.URI.create(base + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.exchange((req, res) -> new Response(res.getStatusCode().value(), res.getHeaders(),
                new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    /** A binary download (a PDF): its bytes as sent, which a text response would mangle. */
    public byte[] download(String path) {
        RestClient.RequestHeadersSpec<?> request = client.get().uri(path);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.retrieve().body(byte[].class);
    }

    public Response delete(String path) {
        return exchange(HttpMethod.DELETE, path, null, null);
    }

    public Response post(String path, String json) {
        return exchange(HttpMethod.POST, path, MediaType.APPLICATION_JSON, json);
    }

    public Response patch(String path, String json) {
        return exchange(HttpMethod.PATCH, path, MediaType.APPLICATION_JSON, json);
    }

    public Response put(String path, String json) {
        return exchange(HttpMethod.PUT, path, MediaType.APPLICATION_JSON, json);
    }

    public Response postCsv(String path, String csv) {
        return exchange(HttpMethod.POST, path, new MediaType("text", "csv", StandardCharsets.UTF_8), csv);
    }

    /** A file uploaded as the form field {@code file} of a multipart POST, as a browser's file input sends it. */
    public Response postFile(String path, String fileName, byte[] content) {
        org.springframework.util.LinkedMultiValueMap<String, Object> parts =
                new org.springframework.util.LinkedMultiValueMap<>();
        parts.add("file", new org.springframework.core.io.ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        RestClient.RequestBodySpec request = client.post().uri(path).contentType(MediaType.MULTIPART_FORM_DATA);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return request.body(parts).exchange((req, res) -> new Response(res.getStatusCode().value(), res.getHeaders(),
                new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    private Response exchange(HttpMethod method, String path, MediaType type, String body) {
        RestClient.RequestBodySpec request = client.method(method).uri(path);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (body != null) {
            request.contentType(type).body(body.getBytes(StandardCharsets.UTF_8));
        }
        return request.exchange((req, res) -> new Response(res.getStatusCode().value(), res.getHeaders(),
                new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }
}
