package io.kexiang.identity.internal;

import io.kexiang.identity.internal.LoginFailures.Failures;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed sign-ins per employee id and per source address; after too many within the window the name or
 * address is locked out for a while. Addresses get a wider allowance, since many people share a NAT. Counts and
 * lockouts are kept in the database as well as here ({@link LoginFailures}): a restart does not lift them.
 */
class LoginThrottle {

    private static final int ADDRESS_ALLOWANCE = 4;
    /** A password-spraying attacker must not grow this map without bound. */
    private static final int MAX_TRACKED = 10_000;

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final IdentitySettings.Login settings;
    private final Clock clock;
    private final LoginFailures kept;

    LoginThrottle(IdentitySettings.Login settings, Clock clock, LoginFailures kept) {
        this.settings = settings;
        this.clock = clock;
        this.kept = kept;
        failures.putAll(kept.since(clock.instant().minus(settings.window())));
    }

    /** Seconds until sign-in is allowed again for this name or address; 0 when it is allowed now. */
    long lockedForSeconds(String username, String address) {
        Instant now = clock.instant();
        long byName = remaining(failures.get(nameKey(username)), now);
        long byAddress = remaining(failures.get(addressKey(address)), now);
        return Math.max(byName, byAddress);
    }

    void failed(String username, String address) {
        count(nameKey(username), settings.maxFailures());
        count(addressKey(address), settings.maxFailures() * ADDRESS_ALLOWANCE);
    }

    void succeeded(String username) {
        if (failures.remove(nameKey(username)) != null) {
            kept.remove(nameKey(username));
        }
    }

    private void count(String key, int allowed) {
        Instant now = clock.instant();
        if (failures.size() > MAX_TRACKED) {
            failures.values().removeIf(f -> f.since().plus(settings.window()).plus(settings.lockout()).isBefore(now));
            kept.removeBefore(now.minus(settings.window()).minus(settings.lockout()));
        }
        Failures counted = failures.compute(key, (k, previous) -> {
            boolean fresh = previous == null || previous.since().plus(settings.window()).isBefore(now);
            int count = fresh ? 1 : previous.count() + 1;
            Instant since = fresh ? now : previous.since();
            return new Failures(count, since, count >= allowed ? now.plus(settings.lockout()) : null);
        });
        kept.save(key, counted);
    }

    private static long remaining(Failures f, Instant now) {
        if (f == null || f.lockedUntil() == null || !f.lockedUntil().isAfter(now)) {
            return 0;
        }
        return Math.max(1, Duration.between(now, f.lockedUntil()).toSeconds());
    }

    private static String nameKey(String username) {
        return "name:" + username;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
