package io.kexiang.shared.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The embedded cluster's superuser password. initdb (through zonky) trusts every local connection; on the first
 * start Kexiang gives the superuser a random password, keeps it in the data folder readable by its owner only, and
 * makes PostgreSQL ask for it (SCRAM) on every connection, local socket included.
 */
final class ClusterPassword {

    static final String FILE = "kexiang-password";
    private static final String HBA = """
            # Written by Kexiang: every connection proves the password in kexiang-password (SCRAM).
            local   all   all                 scram-sha-256
            host    all   all   127.0.0.1/32  scram-sha-256
            host    all   all   ::1/128       scram-sha-256
            """;

    private ClusterPassword() {
    }

    static Optional<String> existing(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file).trim()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Sets a new password on a cluster that still trusts local connections, and stops trusting them. */
    static String establish(Path dataDirectory, int port) {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = HexFormat.of().formatHex(random);
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("alter role postgres password '" + password + "'");
            writeOwnerOnly(dataDirectory.resolve(FILE), password);
            requireIt(dataDirectory);
            statement.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot set the embedded PostgreSQL's password", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the embedded PostgreSQL's password", e);
        }
        return password;
    }

    /** Before every start: a crash between setting the password and writing pg_hba.conf must not leave trust. */
    static void requireIt(Path dataDirectory) {
        try {
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write pg_hba.conf in " + dataDirectory, e);
        }
    }

    private static void writeOwnerOnly(Path file, String password) throws IOException {
        Path temporary = file.resolveSibling(FILE + ".new");
        Files.deleteIfExists(temporary);
        Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(temporary, password, StandardOpenOption.TRUNCATE_EXISTING);
        Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
