package io.kexiang.report.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.alarm.AlarmLookup;
import io.kexiang.alarm.AlarmSummary;
import io.kexiang.report.IncidentSummaries;
import io.kexiang.shared.AlarmId;
import io.kexiang.shared.ConflictException;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.NotFoundException;
import io.kexiang.shared.Text;
import io.kexiang.ticket.MajorIncidents;
import io.kexiang.ticket.MajorIncidents.Incident;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Puts an incident's summary together from its tickets and root alarm, beside what people wrote. */
@Component
@Transactional
class IncidentSummaryBook implements IncidentSummaries {

    private final Drafts rows;
    private final MajorIncidents incidents;
    private final AlarmLookup alarms;
    private final DeliveryRows deliveries;
    private final ReportSettings settings;
    private final IncidentSummaryDocument document;
    private final Clock clock;
    private final ZoneId zone;

    IncidentSummaryBook(JdbcTemplate jdbc, ObjectMapper json, MajorIncidents incidents, AlarmLookup alarms,
            DeliveryRows deliveries, ReportSettings settings, IncidentSummaryDocument document, Clock clock,
            @Value("${kexiang.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.rows = Drafts.incidents(jdbc, json);
        this.incidents = incidents;
        this.alarms = alarms;
        this.deliveries = deliveries;
        this.settings = settings;
        this.document = document;
        this.clock = clock;
        this.zone = zone;
    }

    /** The subject the summary is owed under in report_delivery. */
    static String subject(long incidentId) {
        return "MI-" + incidentId;
    }

    /** Owes the summary of an incident that ended, its draft opened; true when this call owed it. */
    boolean owe(Incident incident, Instant now) {
        rows.open(incident.id(), ReportSchedule.BY, now);
        return deliveries.owe("incident", subject(incident.id()), null, null, null,
                YearMonth.from(incident.endedAt().atZone(zone)).toString(), due(incident), now);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Listed> list(Instant from, Instant to) {
        Instant now = clock.instant();
        List<Incident> declared = incidents.declared(from == null ? now.minus(Duration.ofDays(366)) : from,
                to == null ? now.plusSeconds(1) : to);
        Map<Long, Drafts.Written> states = rows.states(declared.stream().map(Incident::id).toList());
        return declared.stream().map(incident -> {
            Drafts.Written written = states.get(incident.id());
            return new Listed(incident, written == null ? "none" : written.state(), due(incident),
                    written == null ? null : written.submittedAt());
        }).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Summary summary(long id) {
        Incident incident = incident(id);
        RootFault root = alarms.find(AlarmId.of(id)).map(IncidentSummaryBook::root)
                .orElse(new RootFault(null, null, null, null, null, null, null));
        List<MajorIncidents.Hit> hits = incidents.tickets(id);
        Instant started = Stream.concat(Stream.of(incident.declaredAt(), root.raisedAt()),
                hits.stream().map(hit -> hit.ticket().created())).filter(at -> at != null)
                .min(Comparator.naturalOrder()).orElseThrow();
        List<CustomerHit> customers = new ArrayList<>();
        Set<String> circuits = new LinkedHashSet<>();
        for (MajorIncidents.Hit hit : hits) {
            circuits.addAll(hit.ticket().circuits());
            customers.add(new CustomerHit(hit.ticket().customerCode(), hit.ticket().customerName(),
                    hit.ticket().tier(), hit.ticket().number(), hit.status(), hit.ticket().circuits(),
                    hit.restoredAt(), hit.restoredAt() == null ? null : minutes(started, hit.restoredAt()),
                    hit.faultReasonName(), hit.resolution()));
        }
        Drafts.Written written = rows.find(id).orElse(Drafts.Written.NONE);
        return new Summary(incident, root, started, incident.endedAt() == null ? null
                : minutes(started, incident.endedAt()), customers, circuits.size(), timeline(incident, root),
                written.narrative(), written.state(), written.submittedAt(), written.submittedBy(), due(incident));
    }

    @Override
    public Summary save(long id, Map<String, String> narrative, Authentication who) {
        incident(id);
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, String> kept = Drafts.check(narrative, NARRATIVE, problems);
        if (!problems.isEmpty()) {
            throw InvalidInputException.badRequest(problems);
        }
        if (!rows.save(id, kept, null, who.getName(), clock.instant())) {
            throw new ConflictException(Text.of("report.incident.submittedAlready", subject(id)));
        }
        return summary(id);
    }

    @Override
    public Summary submit(long id, Authentication who) {
        Incident incident = incident(id);
        if (incident.endedAt() == null) {
            throw new ConflictException(Text.of("report.incident.notEnded", subject(id)));
        }
        Instant now = clock.instant();
        if (!rows.submit(id, who.getName(), now)) {
            throw new ConflictException(Text.of("report.incident.submittedAlready", subject(id)));
        }
        owe(incident, now);
        deliveries.find("incident", subject(id)).ifPresent(delivery -> deliveries.delivered(delivery.id(), now,
                who.getName(), "应急事件总结提交"));
        return summary(id);
    }

    @Override
    public Map<String, Object> documentModel(Summary summary, Locale language) {
        return document.model(summary, language);
    }

    @Override
    public String xhtml(Summary summary, Locale language) {
        return document.xhtml(summary, language);
    }

    @Override
    public byte[] pdf(Summary summary, Locale language) {
        return document.pdf(summary, language);
    }

    @Override
    public byte[] workbook(Summary summary, Locale language) {
        return document.workbook(summary, language);
    }

    private Incident incident(long id) {
        return incidents.find(id).orElseThrow(() -> new NotFoundException("majorIncident", id));
    }

    /** Due {@code incident-summary-within} after the end; none while the incident goes on. */
    private Instant due(Incident incident) {
        return incident.endedAt() == null ? null : deliveries.find("incident", subject(incident.id()))
                .map(delivery -> delivery.dueAt()).orElse(incident.endedAt().plus(settings.incidentSummaryWithin()));
    }

    /** The root alarm's raise and clear, the declaration, every ticket's moves, notes and escalations, the end. */
    private List<Step> timeline(Incident incident, RootFault root) {
        List<Step> steps = new ArrayList<>();
        if (root.raisedAt() != null) {
            steps.add(new Step(root.raisedAt(), "alarm-raised", null, join(root.probableCause(),
                    root.specificProblem()), root.networkElement()));
        }
        steps.add(new Step(incident.declaredAt(), "declared", null, incident.levelName() + " · " + incident.reason(),
                "kexiang"));
        for (MajorIncidents.Event event : incidents.timeline(incident.id())) {
            steps.add(new Step(event.at(), event.kind(), event.ticketNumber(), event.text(), event.actor()));
        }
        if (root.clearedAt() != null) {
            steps.add(new Step(root.clearedAt(), "alarm-cleared", null, null, root.networkElement()));
        }
        if (incident.endedAt() != null) {
            steps.add(new Step(incident.endedAt(), "ended", null, null, "kexiang"));
        }
        steps.sort(Comparator.comparing(Step::at));
        return steps;
    }

    private static RootFault root(AlarmSummary alarm) {
        return new RootFault(alarm.networkElement(), alarm.alarmedObjectId(), alarm.probableCause(),
                alarm.specificProblem(), alarm.perceivedSeverity(), alarm.raisedAt(), alarm.clearedAt());
    }

    private static long minutes(Instant from, Instant to) {
        return Math.max(0, Duration.between(from, to).toMinutes());
    }

    private static String join(String first, String second) {
        return second == null || second.isBlank() ? first : first == null ? second : first + " · " + second;
    }
}
