package io.kexiang.ticket.escalation;

import io.kexiang.shared.AlarmId;
import io.kexiang.ticket.MajorIncidentDeclared;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Weighs every root fault with open tickets against the emergency plan, and declares a major incident when it
 * reaches a level it had not reached before (the stored level only rises, under a row lock, so once per level);
 * ends the incidents whose tickets are all restored.
 */
@Component
class MajorIncidentScan {

    private static final Logger log = LoggerFactory.getLogger(MajorIncidentScan.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MajorIncidentScan(JdbcTemplate jdbc, TransactionTemplate transactions, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${kexiang.ticket.escalation.scan-interval:30s}")
    void scan() {
        Instant now = clock.instant();
        for (Map<String, Object> fault : jdbc.queryForList("""
                select root_alarm_id, count(distinct customer_code) as customers,
                    min(created_at) filter (where tier = 'AAA') as aaa_since
                from trouble_ticket
                where root_alarm_id is not null and status not in ('closed', 'rejected', 'cancelled')
                group by root_alarm_id""")) {
            long root = ((Number) fault.get("root_alarm_id")).longValue();
            int customers = ((Number) fault.get("customers")).intValue();
            Timestamp aaaSince = (Timestamp) fault.get("aaa_since");
            Duration aaaOutage = aaaSince == null ? null : Duration.between(aaaSince.toInstant(), now);
            EmergencyPlan.assess(customers, aaaOutage).ifPresent(verdict ->
                    transactions.executeWithoutResult(status -> declare(root, customers, verdict, now)));
        }
        transactions.executeWithoutResult(status -> end(now));
    }

    /**
     * Ends the incidents whose tickets are all restored (or rejected, cancelled), at the last restoration; opens
     * again one whose ticket was reopened. Its 应急事件总结 is owed from the end.
     */
    void end(Instant now) {
        int ended = jdbc.update("""
                update major_incident m set ended_at = e.ended, updated_at = ?
                from (select t.root_alarm_id,
                             max(coalesce(t.resolved_at, t.closed_at, t.status_changed_at)) ended
                      from trouble_ticket t join major_incident i on i.root_alarm_id = t.root_alarm_id
                      where i.ended_at is null
                      group by t.root_alarm_id
                      having bool_and(t.status in ('resolved', 'closed', 'rejected', 'cancelled'))) e
                where m.root_alarm_id = e.root_alarm_id and m.ended_at is null""", Timestamp.from(now));
        int reopened = jdbc.update("""
                update major_incident m set ended_at = null, updated_at = ?
                where m.ended_at is not null and exists (select 1 from trouble_ticket t
                    where t.root_alarm_id = m.root_alarm_id
                      and t.status not in ('resolved', 'closed', 'rejected', 'cancelled'))""", Timestamp.from(now));
        if (ended + reopened > 0) {
            log.info("Major incidents: {} ended, {} open again", ended, reopened);
        }
    }

    private void declare(long root, int customers, EmergencyPlan.Verdict verdict, Instant now) {
        boolean rose = jdbc.update("""
                insert into major_incident (root_alarm_id, level, level_name, customers, reason, declared_at,
                    updated_at)
                values (?, ?, ?, ?, ?, ?, ?)
                on conflict (root_alarm_id) do update set level = excluded.level, level_name = excluded.level_name,
                    customers = excluded.customers, reason = excluded.reason, updated_at = excluded.updated_at
                    where major_incident.level < excluded.level""", root, verdict.level().rank(),
                verdict.level().name(), customers, verdict.reason(), Timestamp.from(now), Timestamp.from(now)) > 0;
        if (rose) {
            log.warn("Major incident {} on root alarm {}: {}", verdict.level().name(), root, verdict.reason());
            events.publishEvent(new MajorIncidentDeclared(AlarmId.of(root), verdict.level().rank(),
                    verdict.level().name(), customers, verdict.reason(), now));
        }
    }
}
