package io.kexiang.notification;

import io.kexiang.identity.PersonDirectory;
import io.kexiang.identity.PersonRef;
import io.kexiang.identity.Role;
import io.kexiang.outbox.Notice;
import io.kexiang.outbox.Outbox;
import io.kexiang.shared.Text;
import io.kexiang.shared.Texts;
import io.kexiang.ticket.MajorIncidentDeclared;
import io.kexiang.ticket.TicketEscalated;
import io.kexiang.ticket.TicketOpened;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells people about tickets, in the centre's language ({@code kexiang.notification.language}): the level an
 * escalation reached (technical specialists, the department manager, the VP), the emergency group of a major
 * incident, and the account manager of a customer with a new ticket. Each person's notice goes to the outbox in the
 * transaction that decided it (the outbox writes a transaction's messages in one statement as it commits, sends them
 * by e-mail and the webhook afterwards and keeps how each fared): a storm's two thousand tickets cost no more than
 * their notices' rows. A notice that cannot be written (a broken edited template) is logged and counted; the
 * ticket or escalation it is about goes ahead.
 */
@Component
class TicketNotices {

    private static final Logger log = LoggerFactory.getLogger(TicketNotices.class);
    private static final Map<Integer, Role> CHAIN = Map.of(1, Role.TECH_SPECIALIST, 2, Role.DEPT_MANAGER, 3,
            Role.VP);

    private final PersonDirectory people;
    private final Outbox outbox;
    private final NoticeTemplates templates;
    private final Texts texts;
    private final String language;
    private final String publicUrl;
    private final DateTimeFormatter time;
    private final Counter failed;

    TicketNotices(PersonDirectory people, Outbox outbox, NoticeTemplates templates, Texts texts,
            @Value("${kexiang.notification.language:zh-CN}") String language,
            @Value("${kexiang.cutover.public-url:http://localhost:8080}") String publicUrl,
            @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone, MeterRegistry meters) {
        this.people = people;
        this.outbox = outbox;
        this.templates = templates;
        this.texts = texts;
        this.language = language;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        this.failed = meters.counter("kexiang.notification.failed");
    }

    @EventListener
    void on(TicketEscalated escalated) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("number", escalated.number());
        facts.put("level", say("notice.level." + escalated.level()));
        facts.put("customerName", escalated.customerName());
        facts.put("name", escalated.name());
        facts.put("step", say("notice.step." + escalated.step()));
        facts.put("deadline", time.format(escalated.deadline()));
        facts.put("at", time.format(escalated.at()));
        facts.put("link", publicUrl + "/tickets/" + escalated.ticketId());
        send("ticket-escalated", "ticket:" + escalated.ticketId(), people.withRole(CHAIN.get(escalated.level())),
                facts);
    }

    /** The emergency group: the department managers and VPs, who run the emergency plan. */
    @EventListener
    void on(MajorIncidentDeclared incident) {
        List<PersonRef> group = Stream.of(Role.DEPT_MANAGER, Role.VP).flatMap(role -> people.withRole(role).stream())
                .distinct().toList();
        Map<String, Object> facts = new HashMap<>();
        facts.put("level", incident.levelName());
        facts.put("rootAlarmId", incident.rootAlarmId());
        facts.put("reason", incident.reason());
        facts.put("customers", incident.customers());
        facts.put("at", time.format(incident.at()));
        facts.put("link", publicUrl + "/alarms/" + incident.rootAlarmId());
        send("major-incident", "major-incident:" + incident.rootAlarmId(), group, facts);
    }

    @EventListener
    void on(TicketOpened opened) {
        if (opened.accountManagerEmployeeId() == null) {
            return;
        }
        Map<String, Object> facts = new HashMap<>();
        facts.put("number", opened.number());
        facts.put("customerCode", opened.customerCode());
        facts.put("responseDue", time.format(opened.responseDue()));
        facts.put("restorationDue", time.format(opened.restorationDue()));
        facts.put("link", publicUrl + "/tickets/" + opened.ticketId());
        send("ticket-opened", "ticket:" + opened.ticketId(),
                people.byEmployeeId(opened.accountManagerEmployeeId()).stream().toList(), facts);
    }

    private void send(String template, String reference, List<PersonRef> recipients, Map<String, Object> facts) {
        if (recipients.isEmpty()) {
            log.warn("Notice {} about {} has nobody to go to (no one in that role)", template, reference);
        }
        for (PersonRef person : recipients) {
            Map<String, Object> variables = new HashMap<>(facts);
            variables.put("recipientName", person.name());
            try {
                NoticeTemplates.Rendered notice = templates.render(template, language, variables);
                outbox.notify(new Notice(reference, person.name(), person.email(), person.mobile(),
                        notice.subject(), notice.text(), Map.of("kind", template, "facts", facts)));
            } catch (RuntimeException e) {
                failed.increment();
                log.error("Notice {} about {} to {} could not be written", template, reference, person.employeeId(),
                        e);
            }
        }
    }

    private String say(String code) {
        return texts.say(Text.of(code), Locale.forLanguageTag(language));
    }
}
