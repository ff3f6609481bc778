package io.kexiang.ingest.archive;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps a partition of the raw archive for each day (UTC) from yesterday to a week ahead, and drops the days
 * older than the retention. Idempotent, so several instances may run it.
 */
@Component
class PartitionMaintenance implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(PartitionMaintenance.class);
    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int retentionDays;

    PartitionMaintenance(JdbcTemplate jdbc, Clock clock,
            @Value("${kexiang.ingest.archive.retention-days:90}") int retentionDays) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retentionDays = retentionDays;
    }

    @Override
    public void afterSingletonsInstantiated() {
        maintain();
    }

    @Scheduled(cron = "0 5 0 * * *", zone = "UTC")
    void maintain() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        for (LocalDate day = today.minusDays(1); !day.isAfter(today.plusDays(7)); day = day.plusDays(1)) {
            String partition = "raw_event_" + SUFFIX.format(day);
            try {
                jdbc.execute("create table if not exists " + partition + " partition of raw_event for values from ('"
                        + day + " 00:00:00+00') to ('" + day.plusDays(1) + " 00:00:00+00')");
            } catch (DataAccessException e) {
                // Rows of that day already sit in the default partition: they stay readable there.
                log.warn("Raw archive partition {} not created: {}", partition, e.getMostSpecificCause().getMessage());
            }
        }
        String oldest = "raw_event_" + SUFFIX.format(today.minusDays(retentionDays));
        List<String> expired = jdbc.queryForList("select c.relname from pg_inherits i "
                + "join pg_class c on c.oid = i.inhrelid join pg_class p on p.oid = i.inhparent "
                + "where p.relname = 'raw_event' and c.relname ~ '^raw_event_[0-9]{8}$' and c.relname < ?",
                String.class, oldest);
        for (String partition : expired) {
            jdbc.execute("drop table " + partition);
            log.info("Raw archive partition {} dropped (retention {} days)", partition, retentionDays);
        }
    }
}
