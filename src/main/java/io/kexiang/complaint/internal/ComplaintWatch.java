package io.kexiang.complaint.internal;

import io.kexiang.identity.PersonDirectory;
import io.kexiang.identity.Role;
import io.kexiang.outbox.Notice;
import io.kexiang.outbox.Outbox;
import io.kexiang.ticket.TicketFigures;
import io.kexiang.ticket.TicketFigures.TicketFacts;
import io.kexiang.shared.Text;
import io.kexiang.shared.Texts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Raises complaints to the VPs: each major complaint (a complaint ticket of a {@code major-severities} severity)
 * opened in the last week, and, for the month just ended, a complaint count that rose every month for
 * {@code rising-months} months in a row — overall, and for each customer. Raised once each; the VPs are told
 * through the outbox in the same transaction.
 */
@Component
class ComplaintWatch {

    private static final Logger log = LoggerFactory.getLogger(ComplaintWatch.class);
    private static final Duration LOOK_BACK = Duration.ofDays(7);

    private final EscalationRows rows;
    private final Texts texts;
    private final TicketFigures tickets;
    private final PersonDirectory people;
    private final Outbox outbox;
    private final ComplaintSettings settings;
    private final Clock clock;
    private final ZoneId zone;
    private final TransactionTemplate transactions;

    ComplaintWatch(EscalationRows rows, TicketFigures tickets, PersonDirectory people, Outbox outbox,
            ComplaintSettings settings, Clock clock, @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone,
            PlatformTransactionManager transactionManager, Texts texts) {
        this.texts = texts;
        this.rows = rows;
        this.tickets = tickets;
        this.people = people;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
        this.zone = zone;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Scheduled(fixedDelayString = "${kexiang.complaints.scan:5m}", initialDelayString = "${kexiang.complaints.scan:5m}")
    void scan() {
        transactions.executeWithoutResult(status -> look(clock.instant()));
    }

    void look(Instant now) {
        for (TicketFacts complaint : tickets.opened("complaint", now.minus(LOOK_BACK), now.plusMillis(1))) {
            if (complaint.severity() != null && settings.majorSeverities().contains(complaint.severity())) {
                String detail = "重大投诉 %s：%s（%s）".formatted(complaint.number(), complaint.customerName() == null
                        ? "未关联客户" : complaint.customerName(), texts.say(Text.of("severity." + complaint.severity()),
                        Locale.SIMPLIFIED_CHINESE));
                rows.raise("major", complaint.number(), complaint.customerCode(), complaint.customerName(),
                        complaint.number(), detail, now).ifPresent(id -> tell(id, detail));
            }
        }
        YearMonth last = YearMonth.from(now.atZone(zone)).minusMonths(1);
        YearMonth first = last.minusMonths(settings.risingMonths());
        List<TicketFacts> months = tickets.opened("complaint", first.atDay(1).atStartOfDay(zone).toInstant(),
                last.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
        Map<String, Map<YearMonth, Integer>> counts = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (TicketFacts complaint : months) {
            YearMonth month = YearMonth.from(complaint.created().atZone(zone));
            counts.computeIfAbsent("overall", key -> new TreeMap<>()).merge(month, 1, Integer::sum);
            if (complaint.customerCode() != null) {
                counts.computeIfAbsent(complaint.customerCode(), key -> new TreeMap<>()).merge(month, 1,
                        Integer::sum);
                names.putIfAbsent(complaint.customerCode(), complaint.customerName());
            }
        }
        counts.forEach((who, byMonth) -> {
            List<Integer> series = new ArrayList<>();
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                series.add(byMonth.getOrDefault(month, 0));
            }
            if (rising(series)) {
                boolean overall = who.equals("overall");
                // The month before the rise is the first count: four counts for three months of rising.
                String detail = "%s投诉量连续 %d 个月上升（%s 至 %s 逐月 %s 件）".formatted(overall ? ""
                        : names.get(who) + " ", settings.risingMonths(), first, last, series.stream()
                        .map(String::valueOf).collect(Collectors.joining(" → ")));
                rows.raise("rising", who + "/" + last, overall ? null : who, overall ? null : names.get(who), null,
                        detail, now).ifPresent(id -> tell(id, detail));
            }
        });
    }

    /** Each month higher than the one before. */
    static boolean rising(List<Integer> counts) {
        for (int index = 1; index < counts.size(); index++) {
            if (counts.get(index) <= counts.get(index - 1)) {
                return false;
            }
        }
        return counts.size() > 1;
    }

    private void tell(long id, String detail) {
        var vps = people.withRole(Role.VP);
        vps.forEach(vp -> outbox.notify(new Notice("complaint-escalation:" + id, vp.name(), vp.email(), vp.mobile(),
                "【客响】投诉上报主管副总：" + detail, "%s，您好：\n\n%s\n\n请在客响“投诉督办”中批示。\n".formatted(
                        vp.name(), detail), Map.of("kind", "complaint-escalation", "escalation", id))));
        log.info("Complaint escalation {} raised to {} VP(s): {}", id, vps.size(), detail);
    }
}
