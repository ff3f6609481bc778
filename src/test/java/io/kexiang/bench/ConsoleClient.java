package io.kexiang.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The console as a browser uses it: signed in with the form (a session cookie, not a password per request), pages
 * fetched, and a board's event stream held open and counted.
 */
final class ConsoleClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient http;

    private ConsoleClient(URI base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    static ConsoleClient signIn(URI base, String username, String password) throws Exception {
        HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build();
        String form = http.send(HttpRequest.newBuilder(base.resolve("/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(form);
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the sign-in page");
        }
        String body = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
                + encode(csrf.group(1));
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Sign-in refused: " + signedIn.statusCode() + " " + location);
        }
        return new ConsoleClient(base, http);
    }

    /** A page fetched in full: its status, size and how long it took to the last byte. */
    record Fetched(int status, int bytes, double millis) {
    }

    Fetched get(String path) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Fetched(response.statusCode(), response.body().length, (System.nanoTime() - start) / 1e6);
    }

    String text(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Opens a board's stream ({@code query}: its filters) and counts what it is sent, on a thread of its own. */
    Board openBoard(String query) {
        Board board = new Board(query);
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/alarms/stream" + query))
                .header("Accept", "text/event-stream").build();
        Thread reader = new Thread(() -> {
            try {
                HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
                board.status = response.statusCode();
                board.lines = response.body();
                try (Stream<String> lines = response.body()) {
                    lines.forEach(board::line);
                }
            } catch (IOException | RuntimeException e) {
                board.closed = true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "board-" + query);
        reader.setDaemon(true);
        board.reader = reader;
        reader.start();
        return board;
    }

    /** An open board: the pushes it was sent (when, how big), from its own stream. */
    static final class Board {

        final String query;
        volatile int status;
        volatile boolean ready;
        volatile boolean closed;
        private Thread reader;
        private volatile Stream<String> lines;
        private boolean inRows;
        private final List<Long> pushes = Collections.synchronizedList(new ArrayList<>());
        private final AtomicLong bytes = new AtomicLong();

        private Board(String query) {
            this.query = query;
        }

        private void line(String line) {
            bytes.addAndGet(line.length() + 1);
            String event = line.startsWith("event:") ? line.substring("event:".length()).trim() : "";
            if (event.equals("ready")) {
                ready = true;
            } else if (event.equals("rows")) {
                inRows = true;
            } else if (line.isEmpty() && inRows) {
                inRows = false;
                pushes.add(System.nanoTime());
            }
        }

        /** Push times ({@link System#nanoTime()}) so far. */
        List<Long> pushes() {
            synchronized (pushes) {
                return List.copyOf(pushes);
            }
        }

        long bytes() {
            return bytes.get();
        }

        void close() {
            Stream<String> open = lines;
            if (open != null) {
                open.close();
            }
            reader.interrupt();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
