package io.kexiang.ticket.opening;

import io.kexiang.alarm.AlarmLookup;
import io.kexiang.alarm.AlarmSummary;
import io.kexiang.shared.AlarmId;
import io.kexiang.shared.CustomerCode;
import io.kexiang.shared.Text;
import io.kexiang.shared.Texts;
import io.kexiang.shared.TicketId;
import io.kexiang.ticket.TicketOpened;
import io.kexiang.ticket.opening.OpeningPlan.Step;
import io.kexiang.ticket.opening.OpeningPlan.Target;
import io.kexiang.ticket.store.NewTicket;
import io.kexiang.ticket.store.OpeningRows;
import io.kexiang.ticket.store.OpeningRows.CustomerCircuit;
import io.kexiang.ticket.store.OpeningRows.Fault;
import io.kexiang.ticket.store.OpeningRows.Rekey;
import io.kexiang.ticket.store.SlaPolicy;
import io.kexiang.ticket.store.TicketRows;
import io.kexiang.ticket.store.TicketRows.Attachment;
import io.kexiang.ticket.store.TicketRows.JournalEntry;
import io.kexiang.ticket.store.TicketRows.Opened;
import io.kexiang.ticket.store.TicketRows.TicketCircuit;
import io.kexiang.ticket.store.TicketSettings;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens tickets for the candidates whose hold-off is over, a batch at a time from the database ({@code FOR UPDATE
 * SKIP LOCKED}, so that several instances share the work and none does a candidate twice). An alarm already
 * cleared opens nothing; an alarm of a fault, or on a circuit, that has an open ticket of its customer joins that
 * ticket; otherwise one ticket per customer it hits. A batch is read in a few queries, decided in memory
 * ({@link OpeningPlan}) under its customers' locks, and written a statement per table, in one transaction: a storm
 * of two thousand customers is a handful of round trips, not tens of thousands.
 */
@Component
@EnableConfigurationProperties(TicketSettings.class)
class TicketOpener {

    private static final Logger log = LoggerFactory.getLogger(TicketOpener.class);
    private static final String PIPELINE = "kexiang";
    /** Candidates per transaction: big enough that a storm is a few batches, small enough to hold few locks long. */
    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final AlarmLookup alarms;
    private final TicketRows rows;
    private final OpeningRows opening;
    private final SlaPolicy sla;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Texts texts;
    /** A ticket's description is read by the centre's people: their time, to the second. */
    private final DateTimeFormatter centreTime;
    private final Counter opened;
    private final Counter attached;
    private final Counter clearedInHoldOff;

    TicketOpener(JdbcTemplate jdbc, TransactionTemplate transactions, AlarmLookup alarms, TicketRows rows,
            OpeningRows opening, TicketSettings settings, ApplicationEventPublisher events, Clock clock,
            MeterRegistry meters, Texts texts, @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.alarms = alarms;
        this.rows = rows;
        this.opening = opening;
        this.sla = settings.sla();
        this.events = events;
        this.clock = clock;
        this.texts = texts;
        this.centreTime = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
        this.opened = meters.counter("kexiang.ticket.opened", "origin", "alarm");
        this.attached = meters.counter("kexiang.ticket.candidates", "outcome", "attached");
        this.clearedInHoldOff = meters.counter("kexiang.ticket.candidates", "outcome", "cleared_in_hold_off");
    }

    @Scheduled(fixedDelayString = "${kexiang.ticket.scan-interval:250ms}")
    void scan() {
        Integer done;
        do {
            done = transactions.execute(status -> openDue(BATCH));
        } while (done != null && done == BATCH);
    }

    private int openDue(int limit) {
        Instant now = clock.instant();
        List<AlarmId> due = jdbc.query("""
                delete from ticket_candidate where alarm_id in (
                    select alarm_id from ticket_candidate where due_at <= ? order by due_at limit ?
                    for update skip locked)
                returning alarm_id""", (rs, row) -> AlarmId.of(rs.getLong(1)), Timestamp.from(now), limit);
        if (due.isEmpty()) {
            return 0;
        }
        // The delete returns its rows in no particular order; the alarms are taken in the order they were raised.
        List<AlarmSummary> raised = new ArrayList<>(alarms.findAll(due));
        raised.sort(Comparator.comparing(AlarmSummary::raisedAt).thenComparing(alarm -> alarm.id().value()));
        List<Hits> work = new ArrayList<>();
        for (AlarmSummary alarm : raised) {
            if (alarm.isCleared()) {
                clearedInHoldOff.increment();
                continue;
            }
            Map<String, Hits> byCustomer = new LinkedHashMap<>();
            alarm.circuits().stream().filter(hit -> hit.customerCode() != null).forEach(hit -> byCustomer
                    .computeIfAbsent(hit.customerCode().value(), code -> new Hits(alarm, code, hit, new ArrayList<>()))
                    .circuits().add(hit.circuitId().value()));
            work.addAll(byCustomer.values());
        }
        if (!work.isEmpty()) {
            open(work, now);
        }
        return due.size();
    }

    private void open(List<Hits> work, Instant now) {
        Set<String> customers = new LinkedHashSet<>();
        Set<Fault> faults = new HashSet<>();
        Set<CustomerCircuit> circuits = new HashSet<>();
        Set<Long> alarmIds = new HashSet<>();
        for (Hits hits : work) {
            customers.add(hits.customer());
            faults.add(new Fault(hits.alarm().rootId().value(), hits.customer()));
            hits.circuits().forEach(circuit -> circuits.add(new CustomerCircuit(hits.customer(), circuit)));
            alarmIds.add(hits.alarm().id().value());
        }
        opening.lockCustomers(customers);
        OpeningPlan plan = new OpeningPlan(opening.openTicketsOfFaults(faults),
                opening.openTicketsOnCircuits(circuits), opening.attachments(alarmIds));
        for (Hits hits : work) {
            plan.take(hits.alarm(), hits.customer(), hits.circuits(), alarm -> draft(alarm, hits, now));
        }
        write(plan, now);
    }

    private void write(OpeningPlan plan, Instant now) {
        Map<Target, Opened> inserted = insert(plan.opening(), now);
        Set<Rekey> rekeyed = rekey(plan.steps());
        List<Attachment> attachments = new ArrayList<>();
        List<TicketCircuit> joinedCircuits = new ArrayList<>();
        List<JournalEntry> journal = new ArrayList<>();
        List<Announcement> announcements = new ArrayList<>();
        for (Step step : plan.steps()) {
            Long id = step.ticket().id();
            if (id == null) {
                continue;
            }
            AlarmId alarm = step.alarm().id();
            Opened opened = step.kind() == Step.Kind.OPENED ? inserted.get(step.ticket()) : null;
            if (opened != null) {
                attachments.add(new Attachment(id, alarm.value()));
                journal.add(new JournalEntry(id, now, PIPELINE, "opened", Map.of("alarm", alarm, "circuits",
                        step.circuits())));
                announcements.add(new Announcement(opened, alarm));
            } else if (step.kind() != Step.Kind.ROOT_CAUSE) {
                attachments.add(new Attachment(id, alarm.value()));
                step.circuits().forEach(circuit -> joinedCircuits.add(new TicketCircuit(id, circuit)));
                journal.add(new JournalEntry(id, now, PIPELINE, "alarmAttached", Map.of("alarm", alarm)));
            } else if (step.ticket().isNew() || rekeyed.contains(new Rekey(id, alarm.value(), step.customer()))) {
                journal.add(new JournalEntry(id, now, PIPELINE, "rootCause", Map.of("alarm", alarm)));
            }
        }
        attached.increment(rows.attachAll(attachments, now).size() - inserted.size());
        rows.circuits(joinedCircuits);
        rows.journal(journal);
        announcements.forEach(this::announce);
        if (!announcements.isEmpty()) {
            // A storm opens thousands at once: one line for the batch; each ticket's at debug level.
            log.info("Opened {} tickets, {} to {}", announcements.size(), announcements.get(0).ticket().number(),
                    announcements.get(announcements.size() - 1).ticket().number());
        }
    }

    /**
     * Keys the tickets open already to the root causes that joined them, in one statement; a ticket joined by two
     * root causes in one batch ends keyed to the later, as one at a time would leave it.
     */
    private Set<Rekey> rekey(List<Step> steps) {
        Map<Long, Rekey> last = new LinkedHashMap<>();
        for (Step step : steps) {
            if (step.kind() == Step.Kind.ROOT_CAUSE && !step.ticket().isNew() && step.ticket().id() != null) {
                last.put(step.ticket().id(), new Rekey(step.ticket().id(), step.alarm().id().value(),
                        step.customer()));
            }
        }
        return opening.rekey(List.copyOf(last.values()));
    }

    /** Inserts the batch's new tickets; gives each its id, and says which were opened. */
    private Map<Target, Opened> insert(List<Target> opening, Instant now) {
        Map<NewTicket, Target> drafts = new IdentityHashMap<>();
        opening.forEach(target -> drafts.put(target.draft(), target));
        Map<Target, Opened> inserted = new IdentityHashMap<>();
        for (Opened ticket : rows.insertAll(opening.stream().map(Target::draft).toList(), now)) {
            Target target = drafts.get(ticket.ticket());
            target.inserted(ticket.id());
            inserted.put(target, ticket);
        }
        // Only another instance that does not take the customer's lock could open the fault's ticket between our
        // look and our insert; should one, the alarm joins that ticket.
        for (Target target : opening) {
            if (target.id() == null) {
                NewTicket draft = target.draft();
                this.opening.openTicketsOfFaults(List.of(new Fault(draft.rootAlarmId(), draft.customerCode())))
                        .values().forEach(target::inserted);
            }
        }
        return inserted;
    }

    private void announce(Announcement announcement) {
        Opened ticket = announcement.ticket();
        NewTicket draft = ticket.ticket();
        opened.increment();
        log.debug("Ticket {} opened for customer {} by alarm {}", ticket.number(), draft.customerCode(),
                announcement.alarm());
        events.publishEvent(new TicketOpened(TicketId.of(ticket.id()), ticket.number(),
                CustomerCode.of(draft.customerCode()), draft.accountManagerEmployeeId(), draft.priority(),
                draft.responseDue(), draft.restorationDue()));
    }

    private NewTicket draft(AlarmSummary alarm, Hits hits, Instant now) {
        AlarmSummary.Hit first = hits.first();
        return new NewTicket("fault", "alarm", name(alarm), description(alarm, hits.circuits()),
                alarm.perceivedSeverity(), "urgent", hits.customer(), first.customerName(), first.tier(),
                first.accountManagerEmployeeId(), first.accountManagerName(), alarm.rootId().value(), hits.circuits(),
                sla.responseDue(now, "urgent"), sla.restorationDue(now, "fault", first.tier()), PIPELINE);
    }

    private static String name(AlarmSummary alarm) {
        String name = alarm.specificProblem() + " @ " + alarm.networkElement();
        return name.length() > 200 ? name.substring(0, 200) : name;
    }

    /** In the centre's language (zh-CN by default), as the notices and reports are: it is stored, not rendered. */
    private String description(AlarmSummary alarm, List<String> circuits) {
        String named = texts.sayWithCode("alarm.cause.", alarm.probableCause(), texts.defaultLocale());
        return texts.say(Text.of("ticket.description.alarm", alarm.id().value(), named,
                Text.of("severity." + alarm.perceivedSeverity()), alarm.alarmedObjectId(),
                centreTime.format(alarm.raisedAt()), String.join(", ", circuits)));
    }

    private record Announcement(Opened ticket, AlarmId alarm) {
    }

    /** An alarm's hits on one customer's circuits; the first says who the customer is. */
    private record Hits(AlarmSummary alarm, String customer, AlarmSummary.Hit first, List<String> circuits) {
    }
}
