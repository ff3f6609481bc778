package io.kexiang.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.springframework.util.FileSystemUtils;

/**
 * Kexiang as an operator runs it: {@code java -jar}, its own embedded PostgreSQL (with commit timestamps on, so that
 * latencies are read from the database), HTTP and the trap port on free loopback ports. The benchmark talks to it
 * only from outside: REST, the Prometheus endpoint, JDBC, /proc.
 */
final class KexiangUnderTest implements AutoCloseable {

    private final Process process;
    private final int httpPort;
    private final int snmpPort;
    private final int postgresPort;
    private final String adminPassword;
    private String authorization;
    private final Path gcLog;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private KexiangUnderTest(Process process, int httpPort, int snmpPort, int postgresPort, String password,
            Path gcLog) {
        this.gcLog = gcLog;
        this.process = process;
        this.httpPort = httpPort;
        this.snmpPort = snmpPort;
        this.postgresPort = postgresPort;
        this.adminPassword = password;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    static KexiangUnderTest start(Path jar, Path work, String heap, List<String> settings) throws Exception {
        Path data = work.resolve("data");
        FileSystemUtils.deleteRecursively(data);
        Files.createDirectories(data);
        int httpPort = freeTcpPort();
        int snmpPort = freeUdpPort();
        int postgresPort = freeTcpPort();
        String password = UUID.randomUUID().toString();
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx" + heap, "-Xms" + heap));
        if (System.getenv("KEXIANG_BENCH_JFR") != null) {
            // A profile of the whole run, for `jfr print` / `jfr view` (JDK Flight Recorder, always on hand).
            // Stacks deep enough for Spring and Hibernate: at the default 64 frames, a scheduled job's own frames are cut.
            command.add("-XX:FlightRecorderOptions=stackdepth=256");
            command.add("-XX:StartFlightRecording=filename=" + work.resolve("kexiang.jfr") + ",settings=profile");
        }
        String jvmOptions = System.getenv("KEXIANG_BENCH_JVM_OPTIONS");
        if (jvmOptions != null && !jvmOptions.isBlank()) {
            // For a look at what the JVM does in a run (e.g. -XX:+PrintCompilation), never for the figures.
            command.addAll(List.of(jvmOptions.trim().split("\\s+")));
        }
        command.add("-Xlog:gc:file=" + work.resolve("gc.log"));
        command.addAll(List.of("-jar", jar.toString(),
                "--server.port=" + httpPort,
                "--kexiang.ingest.snmp.listen-address=127.0.0.1",
                "--kexiang.ingest.snmp.port=" + snmpPort,
                "--kexiang.ingest.snmp.communities=" + BenchInventory.COMMUNITY,
                "--kexiang.database.embedded.port=" + postgresPort,
                "--kexiang.database.embedded.server-config.track_commit_timestamp=on"));
        if (statementProfile()) {
            // Where PostgreSQL spends its time, statement by statement (printed by PipelineBenchmark at the end).
            command.addAll(List.of(
                    "--kexiang.database.embedded.server-config.shared_preload_libraries=pg_stat_statements",
                    "--kexiang.database.embedded.server-config.pg_stat_statements.track=all"));
        }
        command.addAll(settings);
        String extra = System.getenv("KEXIANG_BENCH_ARGS");
        if (extra != null && !extra.isBlank()) {
            // To try a setting without a commit, e.g. --kexiang.ingest.archive.writers=1
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        // From the project folder: mibs/, rules/ and routes/ are read from where Kexiang runs.
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.getParent().getParent().toFile())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("kexiang.log").toFile());
        builder.environment().put("KEXIANG_DATA_DIR", data.toString());
        builder.environment().put("KEXIANG_ADMIN_PASSWORD", password);
        KexiangUnderTest kexiang = new KexiangUnderTest(builder.start(), httpPort, snmpPort, postgresPort, password,
                work.resolve("gc.log"));
        kexiang.awaitReady();
        kexiang.switchToApiToken();
        return kexiang;
    }

    /** Set {@code KEXIANG_BENCH_STATEMENTS=1} for PostgreSQL's own account of the statements Kexiang ran. */
    static boolean statementProfile() {
        return System.getenv("KEXIANG_BENCH_STATEMENTS") != null;
    }

    /** Runs {@code work}; with {@link #statementProfile()} on, writes the statements it ran to {@code file}. */
    <T> T profiled(Path file, Callable<T> work) throws Exception {
        if (!statementProfile()) {
            return work.call();
        }
        resetStatementProfile();
        T result = work.call();
        writeStatementProfile(file);
        return result;
    }

    /** Forgets the statements counted so far: a profile of what follows. */
    void resetStatementProfile() throws SQLException {
        try (Connection db = database(); Statement sql = db.createStatement()) {
            sql.execute("create extension if not exists pg_stat_statements");
            sql.execute("select pg_stat_statements_reset()");
        }
    }

    /** The statements PostgreSQL spent most time on, from pg_stat_statements, to {@code file}. */
    void writeStatementProfile(Path file) throws SQLException, IOException {
        StringBuilder text = new StringBuilder("calls\ttotal ms\tmean ms\trows\tstatement\n");
        try (Connection db = database(); Statement sql = db.createStatement()) {
            sql.execute("create extension if not exists pg_stat_statements");
            ResultSet top = sql.executeQuery("""
                    select calls, round(total_exec_time::numeric, 1), round(mean_exec_time::numeric, 3), rows,
                           regexp_replace(query, '\\s+', ' ', 'g')
                    from pg_stat_statements order by total_exec_time desc limit 40""");
            while (top.next()) {
                String query = top.getString(5);
                text.append("%,d\t%,.1f\t%.3f\t%,d\t%s%n".formatted(top.getLong(1), top.getDouble(2),
                        top.getDouble(3), top.getLong(4), query.substring(0, Math.min(400, query.length()))));
            }
        }
        Files.writeString(file, text);
    }

    /** The collector's log: heap before and after each collection. */
    Path gcLog() {
        return gcLog;
    }

    private void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kexiang exited with " + process.exitValue() + "; see kexiang.log");
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/actuator/health/readiness"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Kexiang did not become ready in 3 minutes; see kexiang.log");
    }

    /**
     * The metrics are read many times a step; with HTTP Basic each read cost Kexiang a BCrypt check (tens of
     * milliseconds of CPU, taken from the pipeline being measured). A token is checked by a SHA-256.
     */
    private void switchToApiToken() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/api-tokens"))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"benchmark\",\"roles\":[\"ADMIN\"]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("API token refused: " + response.statusCode() + " " + response.body());
        }
        authorization = "Bearer " + new ObjectMapper().readTree(response.body()).get("token").asText();
    }

    /** Where the console and the API answer. */
    URI base() {
        return URI.create("http://127.0.0.1:" + httpPort);
    }

    String adminPassword() {
        return adminPassword;
    }

    /**
     * Waits until the ticket candidates due now are taken and their tickets committed (a candidate the opener has
     * taken stays visible until its batch commits); fails, saying how many are left, when that takes longer than
     * {@code timeout}: a benchmark step must not start on the previous one's backlog unknowingly.
     */
    void awaitTickets(Duration timeout) throws Exception {
        long left = ticketBacklog(timeout);
        if (left > 0) {
            throw new IllegalStateException("%,d ticket candidates still due after %s: the ticket opener is behind"
                    .formatted(left, timeout));
        }
    }

    /** The ticket candidates still due once none are, or {@code within} has passed. */
    long ticketBacklog(Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            long due;
            try (Connection db = database(); Statement sql = db.createStatement()) {
                ResultSet rows = sql.executeQuery("select count(*) from ticket_candidate where due_at <= now()");
                rows.next();
                due = rows.getLong(1);
            }
            if (due == 0 || System.nanoTime() >= deadline) {
                return due;
            }
            Thread.sleep(50);
        }
    }

    String trapTarget() {
        return "127.0.0.1:" + snmpPort;
    }

    int snmpPort() {
        return snmpPort;
    }

    long pid() {
        return process.pid();
    }

    /** Uploads a CSV to the import API; fails unless it is taken whole. */
    void importCsv(String kind, String csv) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/import/" + kind))
                .header("Authorization", authorization).header("Content-Type", "text/csv")
                .timeout(Duration.ofMinutes(5))
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Import of " + kind + " refused: " + response.statusCode() + " "
                    + response.body().substring(0, Math.min(2000, response.body().length())));
        }
    }

    /** A GET of the API as the admin's token: status, bytes of the body and milliseconds to its last byte. */
    ConsoleClient.Fetched fetch(String path) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", authorization).timeout(Duration.ofMinutes(2)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        return new ConsoleClient.Fetched(response.statusCode(), response.body().length,
                (System.nanoTime() - start) / 1e6);
    }

    /** A POST without a body as the admin's token: the status. */
    int post(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", authorization)
                .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** A POST of JSON as the admin's token: the status. */
    int postJson(String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", authorization)
                .header("Content-Type", "application/json").timeout(Duration.ofMinutes(1))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    /** A request with a JSON body (or none) as the admin's token. */
    HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", authorization)
                .header("Content-Type", "application/json").timeout(Duration.ofMinutes(1))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A GET of the API as the admin's token: the body as text. */
    String read(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Authorization", authorization)
                .timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    Metrics metrics() {
        return scrape("/actuator/prometheus");
    }

    /**
     * Only the counters named (Prometheus names, {@code _total} included): what a benchmark polls every few
     * milliseconds while Kexiang works. A whole scrape took ~3 ms of Kexiang's CPU; fifty a second are a tenth of a
     * core taken from what is measured.
     */
    Metrics counters(String... names) {
        StringBuilder query = new StringBuilder("/actuator/prometheus?includedNames=");
        for (String name : names) {
            // A counter's family is named without the suffix, its sample with it: either may be what is matched.
            query.append(name).append(',').append(name.replaceFirst("_total$", "")).append(',');
        }
        return scrape(query.substring(0, query.length() - 1));
    }

    private Metrics scrape(String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri(path))
                    .header("Authorization", authorization).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return Metrics.parse(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * When the last of the events received since {@code since} committed, by PostgreSQL's own clock (commit timestamps
     * are on): the end of a burst to the millisecond, however seldom the benchmark looked.
     */
    Instant lastArchivedCommit(Instant since) throws SQLException {
        try (Connection db = database(); var last = db.prepareStatement(
                "select max(pg_xact_commit_timestamp(xmin)) from raw_event where received_at >= ?")) {
            last.setTimestamp(1, Timestamp.from(since));
            ResultSet result = last.executeQuery();
            result.next();
            Timestamp at = result.getTimestamp(1);
            return at == null ? since : at.toInstant();
        }
    }

    Connection database() throws SQLException {
        // The embedded cluster's generated password, kept in its data folder.
        String password;
        try {
            password = Files.readString(gcLog.resolveSibling("data").resolve("pg/kexiang-password")).trim();
        } catch (IOException e) {
            throw new SQLException("No password file in Kexiang's data folder", e);
        }
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + postgresPort + "/kexiang", "postgres",
                password);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + httpPort + path);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freeTcpPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static int freeUdpPort() throws IOException {
        try (DatagramSocket socket = new DatagramSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
