package io.kexiang.kpi.internal;

import io.kexiang.kpi.internal.AvailabilityBook.Counted;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The frozen months' availability: each circuit's outage minutes and failures, and which months are frozen. */
@Component
class AvailabilityRollups {

    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    AvailabilityRollups(JdbcTemplate jdbc, @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.jdbc = jdbc;
        this.zone = zone;
    }

    /** The frozen months among those [from, to) touches. */
    Set<String> frozen(Instant from, Instant to) {
        return new HashSet<>(jdbc.queryForList("select month from availability_month_frozen where month >= ? "
                + "and month <= ?", String.class, YearMonth.from(from.atZone(zone)).toString(),
                YearMonth.from(to.minusNanos(1).atZone(zone)).toString()));
    }

    /** A frozen month's circuits that were down, by circuit (every customer's: the caller keeps those it counts). */
    Map<String, Counted> read(String month) {
        Map<String, Counted> counted = new HashMap<>();
        jdbc.query("select circuit_id, outage_minutes, failures from availability_month where month = ?", rows -> {
            counted.put(rows.getString(1), new Counted(rows.getLong(2), rows.getInt(3)));
        }, month);
        return counted;
    }

    /** Replaces a month's rollup with {@code counted} and marks it frozen, in the caller's transaction. */
    void write(String month, Map<String, Counted> counted, String by, Instant at) {
        jdbc.update("delete from availability_month where month = ?", month);
        List<Object[]> rows = new ArrayList<>();
        counted.forEach((circuit, down) -> rows.add(new Object[] {month, circuit, down.outageMinutes(),
                down.failures()}));
        jdbc.batchUpdate("insert into availability_month (month, circuit_id, outage_minutes, failures) "
                + "values (?, ?, ?, ?)", rows);
        jdbc.update("""
                insert into availability_month_frozen (month, circuits, frozen_at, frozen_by) values (?, ?, ?, ?)
                on conflict (month) do update set circuits = excluded.circuits, frozen_at = excluded.frozen_at,
                    frozen_by = excluded.frozen_by""", month, counted.size(), Timestamp.from(at), by);
    }

    /** Takes a transaction-level advisory lock if free: false when another transaction holds it. */
    Boolean tryLock(long key) {
        return jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, key);
    }

    /** The frozen months, newest first: month, circuits down, when and by whom. */
    List<Map<String, Object>> months() {
        return jdbc.queryForList("select month, circuits, frozen_at, frozen_by from availability_month_frozen "
                + "order by month desc");
    }
}
