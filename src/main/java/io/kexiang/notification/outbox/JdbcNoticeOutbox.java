package io.kexiang.notification.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.notification.Notice;
import io.kexiang.notification.NoticeDelivery;
import io.kexiang.notification.NoticeOutbox;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** One {@code notice_delivery} row per channel that can reach the person. */
@Component
@EnableConfigurationProperties(DeliverySettings.class)
class JdbcNoticeOutbox implements NoticeOutbox {

    private static final Logger log = LoggerFactory.getLogger(JdbcNoticeOutbox.class);

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final boolean mailConfigured;
    private final boolean webhookConfigured;

    JdbcNoticeOutbox(JdbcTemplate jdbc, ObjectMapper json, Clock clock, DeliverySettings settings,
            @Value("${spring.mail.host:}") String mailHost) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.mailConfigured = !mailHost.isBlank();
        this.webhookConfigured = !settings.webhookUrl().isBlank();
    }

    @Override
    public boolean anyChannel() {
        return mailConfigured || webhookConfigured;
    }

    @Override
    public int post(Notice notice) {
        List<String[]> channels = new ArrayList<>();
        if (mailConfigured && notice.email() != null && !notice.email().isBlank()) {
            channels.add(new String[] {"email", notice.email()});
        }
        if (webhookConfigured) {
            channels.add(new String[] {"webhook", notice.mobile() == null ? notice.recipientName() : notice.mobile()});
        }
        if (channels.isEmpty()) {
            log.warn("Notice '{}' to {} has no channel: no SMTP server or e-mail address, and no webhook",
                    notice.subject(), notice.recipientName());
        }
        Timestamp now = Timestamp.from(clock.instant());
        for (String[] channel : channels) {
            jdbc.update("""
                    insert into notice_delivery (channel, reference, recipient, subject, body, payload, state,
                                                 next_attempt_at, created_at)
                    values (?, ?, ?, ?, ?, ?::jsonb, 'pending', ?, ?)""", channel[0], notice.reference(), channel[1],
                    notice.subject(), notice.text(), payload(notice), now, now);
        }
        return channels.size();
    }

    @Override
    public List<NoticeDelivery> deliveries(String reference) {
        return jdbc.query("""
                select channel, recipient, state, attempts, sent_at, last_error from notice_delivery
                where reference = ? order by id""", (rs, row) -> new NoticeDelivery(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getInt(4), rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(),
                rs.getString(6)), reference);
    }

    private String payload(Notice notice) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reference", notice.reference());
        body.put("recipientName", notice.recipientName());
        body.put("email", notice.email());
        body.put("mobile", notice.mobile());
        body.put("subject", notice.subject());
        body.put("text", notice.text());
        body.put("data", notice.payload());
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("notice payload is not serialisable", e);
        }
    }
}
