package io.kexiang.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An OSS client's TMF642 listener, as operators' clients always register one (issue 18: the end-to-end rate with
 * it must stay within 10 % of the rate without): an HTTP endpoint on this machine that takes every event posted to
 * it and counts them.
 */
final class HubListener implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService threads;
    private final AtomicLong events = new AtomicLong();

    private HubListener(HttpServer server, ExecutorService threads) {
        this.server = server;
        this.threads = threads;
    }

    static HubListener start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 512);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        HubListener listener = new HubListener(server, threads);
        server.createContext("/listener", exchange -> {
            exchange.getRequestBody().readAllBytes();
            listener.events.incrementAndGet();
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
        });
        server.setExecutor(threads);
        server.start();
        return listener;
    }

    /** Subscribes this listener to every alarm event of Kexiang's TMF642 hub; the subscription's id. */
    String subscribe(KexiangUnderTest kexiang) throws Exception {
        String callback = "http://127.0.0.1:" + server.getAddress().getPort() + "/listener";
        HttpResponse<String> created = kexiang.send("POST", "/tmf-api/alarmManagement/v4/hub",
                "{\"callback\":\"" + callback + "\"}");
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"?([^\",}]+)").matcher(created.body());
        if (created.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException("The hub refused the listener: " + created.statusCode());
        }
        return id.group(1);
    }

    /** Ends a subscription (what it was still owed is cancelled). */
    void unsubscribe(KexiangUnderTest kexiang, String id) throws Exception {
        int status = kexiang.send("DELETE", "/tmf-api/alarmManagement/v4/hub/" + id, null).statusCode();
        if (status != 204) {
            throw new IllegalStateException("The hub did not end subscription " + id + ": " + status);
        }
    }

    /** Waits until no event has come for 3 s (what Kexiang owed it is sent), at most 3 minutes; the events so far. */
    long drained() throws InterruptedException {
        long deadline = System.nanoTime() + 180_000_000_000L;
        long seen = -1;
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            long now = events.get();
            if (now != seen) {
                seen = now;
                quietSince = System.nanoTime();
            } else if (System.nanoTime() - quietSince > 3_000_000_000L) {
                break;
            }
            Thread.sleep(100);
        }
        return events.get();
    }

    long events() {
        return events.get();
    }

    @Override
    public void close() {
        server.stop(0);
        // Its threads are not daemons: left running, they kept the benchmark's JVM alive after the report.
        threads.shutdownNow();
    }
}
