package io.kexiang.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramSocket;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged jar as an operator starts it: {@code java -jar} in a folder of its own (no mibs/, rules/ or routes/
 * beside it), its data under {@code ./data}, HTTP and the trap port on free loopback ports. Tests drive it from
 * outside only: HTTP, UDP, signals, and JDBC with the password it keeps in its data folder.
 */
public final class PackagedKexiang implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "packaged-admin-password";

    private final Path folder;
    private final int httpPort;
    private final int snmpPort;
    private final Process process;

    private PackagedKexiang(Path folder, int httpPort, int snmpPort, Process process) {
        this.folder = folder;
        this.httpPort = httpPort;
        this.snmpPort = snmpPort;
        this.process = process;
    }

    /** Starts the jar in the folder (its data folder stays there across starts) and waits until it is ready. */
    public static PackagedKexiang start(Path folder, Map<String, String> environment, String... arguments) {
        try {
            Files.createDirectories(folder);
            int httpPort = freeTcpPort();
            int snmpPort = freeUdpPort();
            List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-jar", jar().toString(),
                    "--server.port=" + httpPort, "--kexiang.ingest.snmp.listen-address=127.0.0.1",
                    "--kexiang.ingest.snmp.port=" + snmpPort));
            command.addAll(List.of(arguments));
            ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(folder.resolve("kexiang.log").toFile()));
            builder.environment().put("KEXIANG_ADMIN_PASSWORD", ADMIN_PASSWORD);
            builder.environment().putAll(environment);
            PackagedKexiang kexiang = new PackagedKexiang(folder, httpPort, snmpPort, builder.start());
            kexiang.awaitReady(Duration.ofMinutes(3));
            return kexiang;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The jar {@code mvn package} made (the integration tests run after it). */
    public static Path jar() {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(f -> f.getFileName().toString().matches("kexiang-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no packaged jar in target/: run mvn package"))
                    .toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Api admin() {
        return Api.at(httpPort).as("admin", ADMIN_PASSWORD);
    }

    public Api anonymous() {
        return Api.at(httpPort);
    }

    /** A counter from the Prometheus endpoint, summed over its tags. */
    public long metric(String name) {
        return Math.round(admin().get("/actuator/prometheus").body().lines()
                .filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum());
    }

    public int snmpPort() {
        return snmpPort;
    }

    public long pid() {
        return process.pid();
    }

    public String log() {
        try {
            return Files.readString(folder.resolve("kexiang.log"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Its embedded PostgreSQL, with the password and port the running server keeps in its data folder. */
    public Connection database() throws SQLException {
        Path cluster = folder.resolve("data/pg");
        try {
            String password = Files.readString(cluster.resolve("kexiang-password")).trim();
            String port = Files.readAllLines(cluster.resolve("postmaster.pid")).get(3).trim();
            return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/kexiang", "postgres",
                    password);
        } catch (IOException e) {
            throw new SQLException("Kexiang's data folder has no running cluster", e);
        }
    }

    /** The postmaster of its embedded PostgreSQL, as {@code postmaster.pid} names it. */
    public ProcessHandle postmaster() {
        try {
            long pid = Long.parseLong(Files.readAllLines(folder.resolve("data/pg/postmaster.pid")).get(0).trim());
            return ProcessHandle.of(pid).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SIGTERM, as systemd, compose or Kubernetes stop a service; waits for the JVM to exit. */
    public int stop(Duration within) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("Kexiang did not stop within " + within + " of SIGTERM");
        }
        keepLog();
        return process.exitValue();
    }

    /** SIGKILL: the JVM dies at once, as in a crash or an OOM kill. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
        keepLog();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
        keepLog();
    }

    /** The log outlives the test's folder, in target/packaged-jar/, for whoever reads a failed run. */
    public void keepLog() {
        try {
            Path kept = Path.of("target/packaged-jar").resolve(folder.getFileName() + ".log");
            Files.createDirectories(kept.getParent());
            Files.copy(folder.resolve("kexiang.log"), kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kexiang exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                if (anonymous().get("/actuator/health/readiness").status() == 200) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // still starting
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("Kexiang was not ready within " + within + ":\n" + tail());
    }

    private String tail() {
        String log = log();
        return log.substring(Math.max(0, log.length() - 6000));
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freeTcpPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static int freeUdpPort() throws IOException {
        try (DatagramSocket socket = new DatagramSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
