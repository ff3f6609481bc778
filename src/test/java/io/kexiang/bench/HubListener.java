package io.kexiang.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
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

    /** Subscribes this listener to every alarm event of Kexiang's TMF642 hub. */
    void subscribe(KexiangUnderTest kexiang) throws Exception {
        String callback = "http://127.0.0.1:" + server.getAddress().getPort() + "/listener";
        int status = kexiang.postJson("/tmf-api/alarmManagement/v4/hub", "{\"callback\":\"" + callback + "\"}");
        if (status != 201) {
            throw new IllegalStateException("The hub refused the listener: " + status);
        }
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
