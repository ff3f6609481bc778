package io.kexiang.cutover.notice;

import io.kexiang.shared.ForbiddenException;
import io.kexiang.shared.NotFoundException;
import io.kexiang.shared.Text;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An account manager confirms they received a cutover notice: signed in, or through the link in the notice (its
 * token is stored only as a hash). Confirming twice is harmless; the first time counts.
 */
@Component
public class NoticeConfirmations {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    NoticeConfirmations(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A plan's notices, oldest first; only those to {@code recipient} when it is given. */
    public List<Map<String, Object>> notices(long planId, String recipient) {
        return jdbc.queryForList("""
                select id, approval_round, kind, label, recipient, recipient_name, about, due_at, state, sent_at,
                    confirm_by, confirmed_at, escalated_at, subject, body as text
                from cutover_notice where plan_id = ? and (?::text is null or recipient = ?) order by id""", planId,
                recipient, recipient);
    }

    /**
     * The notices released to a person, newest first, with their plan's number, title and window: those sent, and
     * those no channel could carry, which wait here to be read.
     */
    public List<Map<String, Object>> sentTo(String recipient, int limit) {
        return jdbc.queryForList("""
                select n.id, n.plan_id, p.number, p.title, p.window_start, p.window_end, n.kind, n.sent_at,
                    n.confirm_by, n.confirmed_at, n.subject, n.body as text
                from cutover_notice n join cutover_plan p on p.id = n.plan_id
                where n.recipient = ? and n.state in ('sent', 'undeliverable') order by n.sent_at desc, n.id desc limit ?""", recipient,
                limit);
    }

    /** By the recipient themselves, signed in. */
    @Transactional
    public Map<String, Object> confirm(long planId, long noticeId, String employeeId) {
        Map<String, Object> notice = notice(noticeId);
        if (((Number) notice.get("plan_id")).longValue() != planId) {
            throw new NotFoundException("notice", noticeId);
        }
        if (!employeeId.equals(notice.get("recipient"))) {
            throw new ForbiddenException(Text.of("cutover.noticeNotYours", noticeId));
        }
        return confirmed(notice);
    }

    /** Through the link in the notice. */
    @Transactional
    public Map<String, Object> confirmByLink(long noticeId, String token) {
        Map<String, Object> notice = notice(noticeId);
        Object hash = notice.get("confirm_token_hash");
        if (token == null || hash == null || !MessageDigest.isEqual(NoticeRelease.sha256(token).getBytes(
                StandardCharsets.US_ASCII), hash.toString().getBytes(StandardCharsets.US_ASCII))) {
            throw new NotFoundException("notice", noticeId);
        }
        return confirmed(notice);
    }

    private Map<String, Object> confirmed(Map<String, Object> notice) {
        if (notice.get("confirmed_at") == null) {
            Instant now = clock.instant();
            jdbc.update("update cutover_notice set confirmed_at = ? where id = ?", Timestamp.from(now),
                    notice.get("id"));
            notice.put("confirmed_at", Timestamp.from(now));
        }
        return notice;
    }

    private Map<String, Object> notice(long noticeId) {
        List<Map<String, Object>> found = jdbc.queryForList("""
                select n.id, n.plan_id, p.number, p.title, n.kind, n.recipient, n.recipient_name,
                    n.confirm_token_hash, n.confirmed_at
                from cutover_notice n join cutover_plan p on p.id = n.plan_id where n.id = ? for update of n""",
                noticeId);
        if (found.isEmpty() || !"approved".equals(found.get(0).get("kind"))) {
            throw new NotFoundException("notice", noticeId);
        }
        return found.get(0);
    }
}
