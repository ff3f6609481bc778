package io.kexiang.kpi.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Freezes each month's availability once it has settled ({@code kexiang.kpi.availability.settle} after its end,
 * 3 days: late clears and waits are in by then), going back {@code freeze-months} months; a month is frozen once,
 * and again only when asked ({@link #freeze}). A transaction-level advisory lock keeps two nodes from freezing the
 * same month at once.
 */
@Component
class AvailabilityFreeze {

    private static final Logger log = LoggerFactory.getLogger(AvailabilityFreeze.class);
    /** The advisory lock's key: "KXAV". */
    private static final long LOCK = 0x4b584156L;

    private final AvailabilityBook book;
    private final AvailabilityRollups rollups;
    private final KpiSettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ZoneId zone;

    AvailabilityFreeze(AvailabilityBook book, AvailabilityRollups rollups, KpiSettings settings,
            PlatformTransactionManager transactionManager, Clock clock,
            @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.book = book;
        this.rollups = rollups;
        this.settings = settings;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.zone = zone;
    }

    @Scheduled(fixedDelayString = "${kexiang.kpi.availability.freeze-scan:1h}",
            initialDelayString = "${kexiang.kpi.availability.freeze-scan:1h}")
    void scan() {
        if (!settings.availability().freeze()) {
            return;
        }
        Instant now = clock.instant();
        YearMonth settled = YearMonth.from(now.minus(settings.availability().settle()).atZone(zone)).minusMonths(1);
        List<String> frozen = rollups.months().stream().map(row -> (String) row.get("month")).toList();
        for (int back = settings.availability().freezeMonths() - 1; back >= 0; back--) {
            YearMonth month = settled.minusMonths(back);
            if (!frozen.contains(month.toString())) {
                freeze(month, "kexiang");
            }
        }
    }

    /** Whether the month has ended (only an ended month may be frozen). */
    boolean ended(YearMonth month) {
        return !month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant().isAfter(clock.instant());
    }

    /** Counts the month from the alarms again and keeps it, replacing what was kept; its number of circuits down. */
    int freeze(YearMonth month, String by) {
        Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        Integer circuits = transactions.execute(status -> {
            if (!Boolean.TRUE.equals(rollups.tryLock(LOCK))) {
                return -1;
            }
            var counted = book.live(List.of(from, to), null);
            rollups.write(month.toString(), counted, by, clock.instant());
            return counted.size();
        });
        if (circuits != null && circuits >= 0) {
            log.info("Availability of {} frozen: {} circuit(s) down in it", month, circuits);
        }
        return circuits == null ? -1 : circuits;
    }
}
