package io.kexiang.cutover.window;

import io.kexiang.alarm.PlannedOutages;
import io.kexiang.shared.CircuitId;
import io.kexiang.shared.database.AfterCommit;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The approved windows in memory, for the alarm intake's hot path: reloaded after every change of a plan made
 * here, and every few seconds for changes made by another instance.
 */
@Component
public class ApprovedWindows implements PlannedOutages, SmartInitializingSingleton {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private volatile List<ApprovedWindow> windows = List.of();

    ApprovedWindows(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<Long> covering(String networkElement, Integer ifIndex, String ifName, List<CircuitId> circuitIds,
            Instant at) {
        for (ApprovedWindow window : windows) {
            if (window.covers(networkElement, ifIndex, ifName, circuitIds, at)) {
                return Optional.of(window.planId());
            }
        }
        return Optional.empty();
    }

    /** A plan changed in the current transaction: the windows are reloaded once it commits. */
    public void changed() {
        AfterCommit.run(this::reload);
    }

    @Override
    public void afterSingletonsInstantiated() {
        reload();
    }

    @Scheduled(fixedDelayString = "${kexiang.cutover.window-refresh:5s}")
    void reload() {
        // A window is kept until the check at its end has run, so that a trap from its last seconds still on its
        // way is planned; one later than the check is a fault like any other (nobody would look at it again).
        Instant since = clock.instant().minus(Duration.ofDays(1));
        Map<Long, ApprovedWindow> loaded = new HashMap<>();
        jdbc.query("""
                select id, window_start, window_end from cutover_plan
                where status in ('approved', 'notified', 'inProgress', 'completed', 'rolledBack')
                    and approved_at is not null and window_checked_at is null and window_end > ?""", rs -> {
            loaded.put(rs.getLong(1), new ApprovedWindow(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                    rs.getTimestamp(3).toInstant(), new HashSet<>(), new HashSet<>(), new HashSet<>()));
        }, Timestamp.from(since));
        if (!loaded.isEmpty()) {
            Long[] ids = loaded.keySet().toArray(Long[]::new);
            jdbc.query("select plan_id, network_element, interface from cutover_scope "
                    + "where plan_id = any (?) and network_element is not null", rs -> {
                ApprovedWindow window = loaded.get(rs.getLong(1));
                Set<String> into = rs.getString(3) == null ? window.elements() : window.interfaces();
                into.add(rs.getString(3) == null ? rs.getString(2) : rs.getString(2) + "|" + rs.getString(3));
            }, (Object) ids);
            jdbc.query("select plan_id, circuit_id from cutover_circuit where plan_id = any (?)",
                    rs -> {
                        loaded.get(rs.getLong(1)).circuits().add(CircuitId.of(rs.getString(2)));
                    }, (Object) ids);
        }
        windows = List.copyOf(loaded.values());
    }
}
