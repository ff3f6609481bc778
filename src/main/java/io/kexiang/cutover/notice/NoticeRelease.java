package io.kexiang.cutover.notice;

import io.kexiang.cutover.plan.AffectedCircuit;
import io.kexiang.cutover.plan.CutoverPlan;
import io.kexiang.cutover.plan.CutoverRows;
import io.kexiang.cutover.plan.CutoverSettings;
import io.kexiang.notification.NoticeTemplates;
import io.kexiang.outbox.Notice;
import io.kexiang.outbox.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the notices that are due, from the database ({@code FOR UPDATE SKIP LOCKED}): each is written from its
 * template at that moment (a reminder shows the plan as it is then) and handed to the outbox in the same
 * transaction that marks it sent, so it goes out exactly once. An approval notice carries a confirmation link.
 */
@Component
class NoticeRelease {

    private static final Logger log = LoggerFactory.getLogger(NoticeRelease.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BATCH = 50;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final CutoverRows plans;
    private final NoticeContent content;
    private final Outbox outbox;
    private final CutoverSettings settings;
    private final Clock clock;
    private final MeterRegistry meters;

    NoticeRelease(JdbcTemplate jdbc, TransactionTemplate transactions, CutoverRows plans, NoticeContent content,
            Outbox outbox, CutoverSettings settings, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.plans = plans;
        this.content = content;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
        this.meters = meters;
    }

    @Scheduled(fixedDelayString = "${kexiang.cutover.scan-interval:1s}")
    void scan() {
        Integer done;
        do {
            done = transactions.execute(status -> releaseDue());
        } while (done != null && done == BATCH);
    }

    private int releaseDue() {
        Instant now = clock.instant();
        List<Due> due = jdbc.query("""
                select id, plan_id, kind, label, recipient, recipient_name, email, mobile, language from cutover_notice
                where state = 'scheduled' and due_at <= ? order by due_at, id limit ? for update skip locked""",
                (rs, row) -> new Due(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)),
                Timestamp.from(now), BATCH);
        Map<Long, CutoverPlan> byId = new HashMap<>();
        for (Due notice : due) {
            CutoverPlan plan = byId.computeIfAbsent(notice.planId(), id -> plans.find(id).orElseThrow());
            release(notice, plan, now);
        }
        return due.size();
    }

    private void release(Due notice, CutoverPlan plan, Instant now) {
        Map<String, Object> extra = new HashMap<>();
        extra.put("recipientName", notice.recipientName());
        extra.put("label", notice.label());
        String token = null;
        if (notice.kind().equals("approved")) {
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
            extra.put("confirmUrl", settings.publicUrl().replaceAll("/$", "") + "/links/cutover-notices/"
                    + notice.id() + "?token=" + token);
        }
        if (notice.kind().equals("unconfirmed")) {
            extra.put("accountManager", jdbc.queryForObject("select recipient_name from cutover_notice "
                    + "where plan_id = ? and recipient = ? and kind = 'approved' order by id desc limit 1",
                    String.class, plan.id(), notice.label()));
        }
        List<AffectedCircuit> circuits = circuitsFor(plan, notice);
        NoticeTemplates.Rendered text = content.render(plan, notice.kind(), notice.language(), circuits, extra);
        int channels = outbox.notify(new Notice("cutover-notice:" + notice.id(), notice.recipientName(),
                notice.email(), notice.mobile(), text.subject(), text.text(),
                content.payload(plan, notice.kind(), circuits)));
        // With no channel the notice is not "sent": it waits in Kexiang, readable there, as undeliverable.
        jdbc.update("""
                update cutover_notice set state = ?, sent_at = ?, confirm_token_hash = ?, confirm_by = ?,
                    subject = ?, body = ?
                where id = ?""", channels == 0 ? "undeliverable" : "sent", Timestamp.from(now),
                token == null ? null : sha256(token),
                token == null ? null : Timestamp.from(now.plus(settings.confirmWithin())), text.subject(),
                text.text(), notice.id());
        meters.counter("kexiang.cutover.notices", "kind", notice.kind()).increment();
        log.info("Cutover {} notice '{}' {} to {}", plan.number(), notice.kind(), notice.label(), notice.recipient());
    }

    /**
     * An account manager's notice lists their customers' circuits, all and only those (none, when a change took
     * their customers out); a department manager's, those of the account manager concerned; the requester's, all.
     */
    private List<AffectedCircuit> circuitsFor(CutoverPlan plan, Due notice) {
        List<AffectedCircuit> all = plans.circuits(plan.id());
        String manager = notice.kind().equals("unconfirmed") ? notice.label() : notice.recipient();
        List<AffectedCircuit> theirs = all.stream().filter(c -> manager.equals(c.accountManagerEmployeeId()))
                .toList();
        return theirs.isEmpty() && notice.recipient().equals(plan.requester()) ? all : theirs;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    private record Due(long id, long planId, String kind, String label, String recipient, String recipientName,
                       String email, String mobile, String language) {
    }
}
