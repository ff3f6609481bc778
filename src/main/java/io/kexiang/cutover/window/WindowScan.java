package io.kexiang.cutover.window;

import io.kexiang.alarm.AlarmLookup;
import io.kexiang.alarm.AlarmSummary;
import io.kexiang.alarm.PlannedOutageAlarms;
import io.kexiang.cutover.notice.NoticeSchedule;
import io.kexiang.cutover.plan.CutoverPlan;
import io.kexiang.cutover.plan.CutoverRows;
import io.kexiang.cutover.plan.CutoverStatus;
import io.kexiang.shared.AlarmId;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The clock's part in a cutover, from the database so that it survives restarts: at the window's start a notified
 * plan is under way; at its end every alarm of the plan still active is a fault the work left behind: the alarm
 * module announces it (and tickets open), the requester and the account managers are told.
 */
@Component
class WindowScan {

    private static final Logger log = LoggerFactory.getLogger(WindowScan.class);
    private static final String CLOCK = "kexiang";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final CutoverRows plans;
    private final PlannedOutageAlarms alarms;
    private final AlarmLookup lookup;
    private final NoticeSchedule notices;
    private final ApprovedWindows windows;
    private final Clock clock;
    private final MeterRegistry meters;

    WindowScan(JdbcTemplate jdbc, TransactionTemplate transactions, CutoverRows plans, PlannedOutageAlarms alarms,
            AlarmLookup lookup,
            NoticeSchedule notices, ApprovedWindows windows, Clock clock,
            MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.plans = plans;
        this.alarms = alarms;
        this.lookup = lookup;
        this.notices = notices;
        this.windows = windows;
        this.clock = clock;
        this.meters = meters;
    }

    @Scheduled(fixedDelayString = "${kexiang.cutover.scan-interval:1s}")
    void scan() {
        transactions.executeWithoutResult(status -> start());
        transactions.executeWithoutResult(status -> end());
    }

    private void start() {
        Instant now = clock.instant();
        for (Long id : due("""
                select id from cutover_plan where status in ('approved', 'notified') and window_start <= ?
                order by window_start limit 100 for update skip locked""", now)) {
            plans.status(id, CutoverStatus.IN_PROGRESS, CLOCK, "window started", now);
            plans.started(id, now);
        }
    }

    private void end() {
        Instant now = clock.instant();
        for (Long id : due("""
                select id from cutover_plan where window_checked_at is null and approved_at is not null
                    and status in ('notified', 'inProgress', 'completed', 'rolledBack') and window_end <= ?
                order by window_end limit 100 for update skip locked""", now)) {
            plans.windowChecked(id, now);
            CutoverPlan plan = plans.find(id).orElseThrow();
            List<AlarmId> left = alarms.endOutage(id);
            windows.changed();
            if (left.isEmpty()) {
                continue;
            }
            log.warn("Cutover {} ended with {} of its alarms still active: tickets open", plan.number(), left.size());
            meters.counter("kexiang.cutover.left_faults").increment(left.size());
            Set<String> accountManagers = left.stream().flatMap(alarm -> lookup.find(alarm).stream())
                    .flatMap(alarm -> alarm.circuits().stream()).map(AlarmSummary.Hit::accountManagerEmployeeId)
                    .filter(Objects::nonNull).collect(Collectors.toSet());
            notices.failed(plan, accountManagers, now);
        }
    }

    private List<Long> due(String sql, Instant now) {
        return jdbc.queryForList(sql, Long.class, Timestamp.from(now));
    }
}
