package io.kexiang.alarm.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.alarm.AlarmChanged;
import io.kexiang.alarm.AlarmCleared;
import io.kexiang.alarm.AlarmRaised;
import io.kexiang.alarm.PlannedOutages;
import io.kexiang.ingest.ArchivedEvent;
import io.kexiang.ingest.ArchivedEventHandler;
import io.kexiang.ingest.NormalisedEvent;
import io.kexiang.ingest.Resource;
import io.kexiang.inventory.CircuitMatch;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Makes alarms of archived events, in the archive's transaction: a raise opens an alarm or repeats an open one, a
 * clear clears it, a fault that keeps bouncing back is flapping (and stays one alarm), and the alarms
 * of an element that just restarted become the children of its root-cause alarm.
 */
@Component
@EnableConfigurationProperties(AlarmSettings.class)
class AlarmIntake implements ArchivedEventHandler {

    private static final String PIPELINE = "kexiang";

    private final AlarmRows rows;
    private final AlarmLinker linker;
    private final ObjectProvider<PlannedOutages> plannedOutages;
    private final AlarmSettings settings;
    private final SeverityPolicy severities;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final Clock clock;
    private final MeterRegistry meters;

    AlarmIntake(AlarmRows rows, AlarmLinker linker, ObjectProvider<PlannedOutages> plannedOutages,
            AlarmSettings settings, ApplicationEventPublisher events, ObjectMapper json, Clock clock,
            MeterRegistry meters) {
        this.rows = rows;
        this.linker = linker;
        this.plannedOutages = plannedOutages;
        this.settings = settings;
        this.severities = new SeverityPolicy(settings.minimumSeverity());
        this.events = events;
        this.json = json;
        this.clock = clock;
        this.meters = meters;
    }

    @Override
    public void handle(List<ArchivedEvent> archived) {
        BatchFold batch = new BatchFold();
        for (ArchivedEvent each : archived) {
            NormalisedEvent event = each.event();
            if (!event.raisesAlarm() || event.family() == null && !settings.unknownNotifications()) {
                count("ignored");
                continue;
            }
            if (event.isClear()) {
                batch.forget(event.reductionKey());
                clear(each, batch);
            } else {
                raise(each, batch);
            }
        }
        batch.writeTo(rows, clock.instant());
    }

    private void clear(ArchivedEvent archived, BatchFold batch) {
        NormalisedEvent event = archived.event();
        Instant now = clock.instant();
        Optional<OpenAlarm> cleared = rows.clear(event.reductionKey(), event.eventTime(), now, event.sourceAddress());
        if (cleared.isEmpty()) {
            // A clear whose raise came before Kexiang listened, or was lost: the archive keeps it, nothing else to do.
            count("unmatched_clear");
            return;
        }
        OpenAlarm alarm = cleared.get();
        batch.event(alarm.id(), archived.rawEventId(), event.receivedTime(), "cleared");
        rows.journal(alarm.id(), now, PIPELINE, event.sourceAddress(), "cleared",
                detail(Map.of("event", archived.rawEventId())));
        count("cleared");
        events.publishEvent(new AlarmCleared(alarm.id(), event.eventTime(), null, event.sourceAddress()));
    }

    private void raise(ArchivedEvent archived, BatchFold batch) {
        NormalisedEvent event = archived.event();
        Instant now = clock.instant();
        List<CircuitMatch> circuits = linker.circuits(event);
        String reported = event.severity().name().toLowerCase();
        String severity = severities.apply(reported, circuits.stream().map(CircuitMatch::tier).distinct().toList());
        String key = event.reductionKey();
        Long known = batch.openAlarm(key, severity);
        if (known != null) {
            batch.repeat(known, event.eventTime());
            batch.event(known, archived.rawEventId(), event.receivedTime(), severity);
            count("reduced");
            return;
        }
        Optional<OpenAlarm> repeated = rows.reduce(key, severity, reported, event.additionalText(),
                event.eventTime(), now);
        if (repeated.isPresent()) {
            repeatOf(repeated.get(), archived, severity, now, batch);
            return;
        }
        rows.lock(key);
        Optional<OpenAlarm> again = rows.reduce(key, severity, reported, event.additionalText(), event.eventTime(),
                now);
        if (again.isPresent()) {
            repeatOf(again.get(), archived, severity, now, batch);
            return;
        }
        int cycles = 0;
        if (!settings.flapWindow().isZero()) {
            Optional<OpenAlarm> previous = rows.lastCleared(key, now.minus(settings.flapWindow()));
            if (previous.isPresent()) {
                cycles = previous.get().flapCycles() + 1;
                if (settings.reopenAfterClear() || previous.get().flapping() || cycles >= settings.flapCycles()) {
                    OpenAlarm reopened = rows.reopen(previous.get().id(), settings.flapCycles(), severity, reported,
                            event.additionalText(), event.eventTime(), now);
                    batch.remember(key, reopened.id(), reopened.severity());
                    reopen(reopened, archived, now, batch);
                    return;
                }
            }
        }
        open(archived, circuits, severity, reported, cycles, now, batch);
    }

    private void repeatOf(OpenAlarm alarm, ArchivedEvent archived, String severity, Instant now,
            BatchFold batch) {
        batch.remember(archived.event().reductionKey(), alarm.id(), severity);
        batch.event(alarm.id(), archived.rawEventId(), archived.event().receivedTime(), severity);
        count("reduced");
        if (alarm.previousSeverity() != null && !alarm.previousSeverity().equals(severity)) {
            rows.journal(alarm.id(), now, PIPELINE, archived.event().sourceAddress(), "severity",
                    detail(Map.of("from", alarm.previousSeverity(), "to", severity)));
            events.publishEvent(new AlarmChanged(alarm.id(), "severity", severity, alarm.parentId(), now));
        }
    }

    private void reopen(OpenAlarm alarm, ArchivedEvent archived, Instant now, BatchFold batch) {
        batch.event(alarm.id(), archived.rawEventId(), archived.event().receivedTime(), alarm.severity());
        boolean becameFlapping = alarm.flapping() && alarm.flapCycles() == settings.flapCycles();
        rows.journal(alarm.id(), now, PIPELINE, archived.event().sourceAddress(),
                becameFlapping ? "flapping" : "reopened", detail(Map.of("cycles", alarm.flapCycles(),
                        "event", archived.rawEventId())));
        count(alarm.flapping() ? "flapping" : "reopened");
        // A flapping alarm is announced once, when it starts flapping; its later cycles stay quiet.
        if (!alarm.flapping() || becameFlapping) {
            events.publishEvent(new AlarmChanged(alarm.id(), becameFlapping ? "flapping" : "reopened",
                    alarm.severity(), alarm.parentId(), now));
        }
    }

    private void open(ArchivedEvent archived, List<CircuitMatch> circuits, String severity, String reported,
            int cycles, Instant now, BatchFold batch) {
        NormalisedEvent event = archived.event();
        String element = event.elementOrOrigin();
        Long rootId = event.rootCause() ? null
                : rows.rootOf(element, event.eventTime(), settings.stormWindow()).orElse(null);
        String reason = rootId == null ? null : childReason(rootId, element);
        NewAlarm alarm = new NewAlarm(event.reductionKey(),
                event.eventType() == null ? "communicationsAlarm" : event.eventType(),
                event.probableCause() == null ? "unknown" : event.probableCause(), specificProblem(event), severity,
                reported, AlarmedObject.of(element, event.resource()), element, event.sourceAddress(),
                event.sourceAddress(), event.externalAlarmId(), event.notification(), event.family(),
                toJson(event.resource()), event.additionalText(), event.eventTime(), event.rootCause(), rootId,
                reason, circuits, cycles, plannedBy(element, event.resource(), circuits, event.eventTime()));
        OpenAlarm opened = rows.insert(alarm, now);
        if (opened.previousSeverity() != null) {
            // Another writer opened the same fault between our look and our insert: this event is its repeat.
            repeatOf(opened, archived, severity, now, batch);
            return;
        }
        batch.remember(event.reductionKey(), opened.id(), severity);
        rows.link(opened.id(), circuits);
        batch.event(opened.id(), archived.rawEventId(), event.receivedTime(), severity);
        rows.journal(opened.id(), now, PIPELINE, event.sourceAddress(), "raised",
                detail(Map.of("event", archived.rawEventId(), "circuits", circuits.size())));
        count("raised");
        meters.counter("kexiang.alarm.linked", "linked", String.valueOf(!circuits.isEmpty())).increment();
        if (rootId != null) {
            rows.shareCircuits(opened.id(), rootId);
        }
        List<Long> adopted = event.rootCause()
                ? rows.adopt(opened.id(), element, event.eventTime(), settings.stormWindow(),
                        childReason(opened.id(), element))
                : List.of();
        if (alarm.cutoverId() != null) {
            rows.journal(opened.id(), now, PIPELINE, event.sourceAddress(), "plannedOutage",
                    detail(Map.of("cutover", alarm.cutoverId())));
            count("planned_outage");
        }
        events.publishEvent(raised(opened.id(), element, severity, alarm.probableCause(), alarm.specificProblem(),
                circuits, event.rootCause(), rootId, event.eventTime(), alarm.cutoverId()));
        announceAdopted(opened.id(), adopted, event.sourceAddress(), now);
        if (rootId == null && !event.rootCause() && "interface".equals(event.family())) {
            interfaceStorm(element, event, now);
        }
    }

    private static AlarmRaised raised(long id, String element, String severity, String probableCause,
            String specificProblem, List<CircuitMatch> circuits, boolean rootCause, Long parentId, Instant at,
            Long cutoverId) {
        return new AlarmRaised(id, element, severity, probableCause, specificProblem,
                circuits.stream().map(CircuitMatch::circuitId).toList(),
                circuits.stream().map(CircuitMatch::customerCode).distinct().toList(),
                circuits.stream().map(CircuitMatch::tier).collect(Collectors.toUnmodifiableSet()), rootCause, parentId,
                at, cutoverId);
    }

    private void announceAdopted(long rootId, List<Long> adopted, String source, Instant now) {
        for (Long child : adopted) {
            rows.journal(child, now, PIPELINE, source, "correlated", detail(Map.of("parentAlarm", rootId)));
            events.publishEvent(new AlarmChanged(child, "correlated", null, rootId, now));
        }
    }

    /**
     * Many interfaces of one element down at once is the element's fault, not theirs (a line card, power, the
     * element unreachable): a root-cause alarm of its own stands above them.
     */
    private void interfaceStorm(String element, NormalisedEvent event, Instant now) {
        int interfaces = linker.interfaceCount(element);
        int threshold = Math.max(settings.stormMinInterfaces(),
                (int) Math.ceil(settings.stormInterfaceShare() * interfaces));
        int down = rows.interfaceAlarmsAround(element, event.eventTime(), settings.stormWindow());
        if (down < threshold) {
            return;
        }
        List<CircuitMatch> circuits = linker.circuitsOf(element);
        String problem = "多端口同时中断 " + down + " of " + interfaces + " interfaces down within "
                + settings.stormWindow().toSeconds() + " s";
        String severity = severities.apply("major", circuits.stream().map(CircuitMatch::tier).distinct().toList());
        NewAlarm root = new NewAlarm(element + "|storm|interfaces", "communicationsAlarm",
                "communicationsSubsystemFailure", problem, severity, "major", AlarmedObject.of(element,
                        Resource.NONE), element, event.sourceAddress(), event.sourceAddress(), null,
                null, "storm", "{}", problem, event.eventTime(), true, null, null, circuits, 0,
                plannedBy(element, Resource.NONE, circuits, event.eventTime()));
        OpenAlarm opened = rows.insert(root, now);
        if (opened.previousSeverity() == null) {
            rows.link(opened.id(), circuits);
            rows.journal(opened.id(), now, PIPELINE, event.sourceAddress(), "raised",
                    detail(Map.of("interfacesDown", down, "interfaces", interfaces)));
            count("raised");
            events.publishEvent(raised(opened.id(), element, severity, root.probableCause(), problem, circuits,
                    true, null, event.eventTime(), root.cutoverId()));
        }
        String reason = "child of alarm " + opened.id() + ": " + down + " of " + interfaces + " interfaces of "
                + element + " went down within " + settings.stormWindow().toSeconds() + " s";
        announceAdopted(opened.id(), rows.adopt(opened.id(), element, event.eventTime(), settings.stormWindow(),
                reason), event.sourceAddress(), now);
    }

    /** The approved cutover whose window this new alarm falls in: it is expected, and opens no ticket. */
    private Long plannedBy(String element, Resource at, List<CircuitMatch> circuits, Instant when) {
        PlannedOutages outages = plannedOutages.getIfAvailable();
        if (outages == null) {
            return null;
        }
        return outages.covering(element, at.ifIndex(), at.ifName(),
                circuits.stream().map(CircuitMatch::circuitId).toList(), when).orElse(null);
    }

    private String childReason(long rootId, String element) {
        return "child of alarm " + rootId + ": same network element " + element + " within "
                + settings.stormWindow().toSeconds() + " s of its root-cause event";
    }

    private static String specificProblem(NormalisedEvent event) {
        return event.specificProblem() != null ? event.specificProblem() : event.notification();
    }

    private void count(String outcome) {
        meters.counter("kexiang.alarm.events", "outcome", outcome).increment();
    }

    private String detail(Map<String, Object> detail) {
        return toJson(detail);
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("alarm detail is not serialisable", e);
        }
    }
}
