package io.kexiang.cutover.notice;

import io.kexiang.cutover.plan.CutoverRows;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An approval notice nobody confirmed within {@code kexiang.cutover.confirm-within} goes to the account manager's
 * department manager, once ({@code escalated_at}), while the plan is still ahead or under way.
 */
@Component
class ConfirmationEscalation {

    private static final Logger log = LoggerFactory.getLogger(ConfirmationEscalation.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final CutoverRows plans;
    private final NoticeSchedule schedule;
    private final Clock clock;

    ConfirmationEscalation(JdbcTemplate jdbc, TransactionTemplate transactions, CutoverRows plans,
            NoticeSchedule schedule, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.plans = plans;
        this.schedule = schedule;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${kexiang.cutover.scan-interval:1s}")
    void scan() {
        transactions.executeWithoutResult(status -> escalateOverdue());
    }

    private void escalateOverdue() {
        Instant now = clock.instant();
        List<Overdue> overdue = jdbc.query("""
                select n.id, n.plan_id, n.recipient from cutover_notice n join cutover_plan p on p.id = n.plan_id
                where n.confirm_by <= ? and n.confirmed_at is null and n.escalated_at is null
                    and n.approval_round = p.approval_round and p.status in ('notified', 'inProgress')
                order by n.confirm_by limit 100 for update of n skip locked""", (rs, row) -> new Overdue(
                rs.getLong(1), rs.getLong(2), rs.getString(3)), Timestamp.from(now));
        for (Overdue notice : overdue) {
            jdbc.update("update cutover_notice set escalated_at = ? where id = ?", Timestamp.from(now), notice.id());
            schedule.unconfirmed(plans.find(notice.planId()).orElseThrow(), notice.id(), notice.recipient(), now);
            log.info("Cutover notice {} to {} unconfirmed: escalated to the department manager", notice.id(),
                    notice.recipient());
        }
    }

    private record Overdue(long id, long planId, String recipient) {
    }
}
