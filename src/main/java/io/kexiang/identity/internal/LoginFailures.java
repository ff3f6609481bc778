package io.kexiang.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Where the login throttle keeps its counts, so that a restart does not lift a lockout. */
interface LoginFailures {

    /** Failed sign-ins of one name or address since a time, and the lockout they earned. */
    record Failures(int count, Instant since, Instant lockedUntil) {
    }

    /** Nothing kept: the counts live as long as the throttle (unit tests). */
    LoginFailures NONE = new LoginFailures() {
        @Override
        public Map<String, Failures> since(Instant after) {
            return Map.of();
        }

        @Override
        public void save(String key, Failures failures) {
        }

        @Override
        public void remove(String key) {
        }

        @Override
        public void removeBefore(Instant before) {
        }
    };

    /** The counts still in their window, or still locking someone out, after the given time. */
    Map<String, Failures> since(Instant after);

    void save(String key, Failures failures);

    void remove(String key);

    /** Forgets what neither counts nor locks any more. */
    void removeBefore(Instant before);

    static LoginFailures in(JdbcTemplate jdbc) {
        return new LoginFailures() {
            @Override
            public Map<String, Failures> since(Instant after) {
                Map<String, Failures> kept = new HashMap<>();
                jdbc.query("select key, failures, since, locked_until from login_failure "
                        + "where since > ? or locked_until > ?", rs -> {
                    Timestamp locked = rs.getTimestamp(4);
                    kept.put(rs.getString(1), new Failures(rs.getInt(2), rs.getTimestamp(3).toInstant(),
                            locked == null ? null : locked.toInstant()));
                }, Timestamp.from(after), Timestamp.from(after));
                return kept;
            }

            @Override
            public void save(String key, Failures failures) {
                jdbc.update("""
                        insert into login_failure (key, failures, since, locked_until) values (?, ?, ?, ?)
                        on conflict (key) do update set failures = excluded.failures, since = excluded.since,
                            locked_until = excluded.locked_until""", key, failures.count(),
                        Timestamp.from(failures.since()),
                        failures.lockedUntil() == null ? null : Timestamp.from(failures.lockedUntil()));
            }

            @Override
            public void remove(String key) {
                jdbc.update("delete from login_failure where key = ?", key);
            }

            @Override
            public void removeBefore(Instant before) {
                jdbc.update("delete from login_failure where since < ? and (locked_until is null or locked_until < ?)",
                        Timestamp.from(before), Timestamp.from(before));
            }
        };
    }
}
