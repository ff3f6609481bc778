package io.kexiang.alarm.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.alarm.AlarmChanged;
import io.kexiang.alarm.AlarmCleared;
import io.kexiang.alarm.AlarmRaised;
import io.kexiang.alarm.AlarmState;
import io.kexiang.alarm.PlannedOutages;
import io.kexiang.ingest.ArchivedEvent;
import io.kexiang.ingest.ArchivedEventHandler;
import io.kexiang.ingest.NormalisedEvent;
import io.kexiang.ingest.Resource;
import io.kexiang.inventory.CircuitMatch;
import io.kexiang.shared.AlarmId;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private final FlapPolicy flaps;
    private final StormPolicy storms;
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
        this.flaps = new FlapPolicy(settings.flapWindow(), settings.flapCycles(), settings.reopenAfterClear());
        this.storms = new StormPolicy(settings.stormInterfaceShare(), settings.stormMinInterfaces(),
                settings.stormWindow());
        this.events = events;
        this.json = json;
        this.clock = clock;
        this.meters = meters;
    }

    @Override
    public void handle(List<ArchivedEvent> archived) {
        List<ArchivedEvent> relevant = new ArrayList<>(archived.size());
        Set<String> keys = new LinkedHashSet<>();
        Set<String> elements = new LinkedHashSet<>();
        Instant from = null;
        Instant to = null;
        int raises = 0;
        for (ArchivedEvent each : archived) {
            NormalisedEvent event = each.event();
            if (!event.raisesAlarm() || event.family() == null && !settings.unknownNotifications()) {
                count("ignored");
                continue;
            }
            relevant.add(each);
            keys.add(event.reductionKey());
            // A clear may end the element's storm: its root is locked and read with the batch too.
            keys.add(StormPolicy.key(event.elementOrOrigin()));
            if (!event.isClear()) {
                raises++;
                elements.add(event.elementOrOrigin());
                from = from == null || event.eventTime().isBefore(from) ? event.eventTime() : from;
                to = to == null || event.eventTime().isAfter(to) ? event.eventTime() : to;
            }
        }
        if (relevant.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        IntakeBatch batch = IntakeBatch.start(rows, events::publishEvent, keys, elements, from, to,
                settings.stormWindow(), settings.flapWindow().isZero() ? null : now.minus(settings.flapWindow()),
                raises);
        for (ArchivedEvent each : relevant) {
            if (each.event().isClear()) {
                clear(each, batch);
            } else {
                raise(each, batch);
            }
        }
        batch.flush();
        if (!batch.stormElements().isEmpty()) {
            followStorms(batch, now);
            batch.flush();
        }
    }

    /**
     * A storm root says how many of the element's interfaces are down now, and clears with the last of them: it
     * must not stay raised, frozen at its first count, to swallow the element's next storm.
     */
    private void followStorms(IntakeBatch batch, Instant now) {
        for (String element : batch.stormElements()) {
            TrackedAlarm root = batch.current(StormPolicy.key(element));
            if (root == null || !root.open()) {
                continue;
            }
            int down = rows.openChildren(root.id);
            if (down == 0) {
                root.clear(now, now, PIPELINE);
                batch.journal(root.id, now, PIPELINE, PIPELINE, "cleared",
                        detail(Map.of("reason", "every interface of the storm is up again")));
                batch.announce(new AlarmCleared(AlarmId.of(root.id), now, null, PIPELINE));
                count("cleared");
            } else {
                root.details = storms.details(down, linker.interfaceCount(element));
                root.changedAt = now;
                root.dirty = true;
            }
            batch.changed(root);
        }
    }

    private void clear(ArchivedEvent archived, IntakeBatch batch) {
        NormalisedEvent event = archived.event();
        Instant now = clock.instant();
        TrackedAlarm alarm = batch.current(event.reductionKey());
        if (alarm == null || !alarm.open()) {
            // A clear whose raise came before Kexiang listened, or was lost: the archive keeps it, nothing else to do.
            count("unmatched_clear");
            return;
        }
        alarm.clear(event.eventTime(), now, event.sourceAddress());
        batch.changed(alarm);
        TrackedAlarm storm = batch.current(StormPolicy.key(alarm.element));
        if (storm != null && alarm.parentId != null && alarm.parentId == storm.id) {
            batch.touchStorm(alarm.element);
        }
        batch.event(alarm.id, archived.rawEventId(), event.receivedTime(), AlarmState.CLEARED.tmf());
        batch.journal(alarm.id, now, PIPELINE, event.sourceAddress(), "cleared",
                detail(Map.of("event", archived.rawEventId())));
        count("cleared");
        batch.announce(new AlarmCleared(AlarmId.of(alarm.id), event.eventTime(), null, event.sourceAddress()));
    }

    private void raise(ArchivedEvent archived, IntakeBatch batch) {
        NormalisedEvent event = archived.event();
        Instant now = clock.instant();
        batch.raised();
        List<CircuitMatch> circuits = linker.circuits(event);
        String reported = event.severity().name().toLowerCase();
        String severity = severities.apply(reported, circuits.stream().map(CircuitMatch::tier).distinct().toList());
        TrackedAlarm current = batch.current(event.reductionKey());
        if (current != null && current.open()) {
            repeat(current, archived, severity, reported, now, batch);
            return;
        }
        FlapPolicy.Verdict verdict = current == null ? FlapPolicy.NEW_FAULT
                : flaps.onReturn(current.clearedAt, current.flapCycles, current.flapping, now);
        if (verdict.reopen()) {
            current.reopen(severity, reported, event.additionalText(), event.eventTime(), now, flaps.cyclesToFlap());
            batch.changed(current);
            reopened(current, archived, now, batch);
            return;
        }
        open(archived, circuits, severity, reported, verdict.cycles(), now, batch);
    }

    private void repeat(TrackedAlarm alarm, ArchivedEvent archived, String severity, String reported, Instant now,
            IntakeBatch batch) {
        NormalisedEvent event = archived.event();
        String previous = alarm.repeat(severity, reported, event.additionalText(), event.eventTime(), now);
        batch.changed(alarm);
        batch.event(alarm.id, archived.rawEventId(), event.receivedTime(), severity);
        count("reduced");
        if (!previous.equals(severity)) {
            batch.journal(alarm.id, now, PIPELINE, event.sourceAddress(), "severity",
                    detail(Map.of("from", previous, "to", severity)));
            batch.announce(new AlarmChanged(AlarmId.of(alarm.id), "severity", severity,
                    AlarmId.orNull(alarm.parentId), now));
        }
    }

    private void reopened(TrackedAlarm alarm, ArchivedEvent archived, Instant now, IntakeBatch batch) {
        batch.event(alarm.id, archived.rawEventId(), archived.event().receivedTime(), alarm.severity);
        boolean becameFlapping = flaps.justStartedFlapping(alarm.flapping, alarm.flapCycles);
        batch.journal(alarm.id, now, PIPELINE, archived.event().sourceAddress(),
                becameFlapping ? "flapping" : "reopened", detail(Map.of("cycles", alarm.flapCycles,
                        "event", archived.rawEventId())));
        count(alarm.flapping ? "flapping" : "reopened");
        // A flapping alarm is announced once, when it starts flapping; its later cycles stay quiet.
        if (!alarm.flapping || becameFlapping) {
            batch.announce(new AlarmChanged(AlarmId.of(alarm.id), becameFlapping ? "flapping" : "reopened",
                    alarm.severity, AlarmId.orNull(alarm.parentId), now));
        }
    }

    private void open(ArchivedEvent archived, List<CircuitMatch> circuits, String severity, String reported,
            int cycles, Instant now, IntakeBatch batch) {
        NormalisedEvent event = archived.event();
        String element = event.elementOrOrigin();
        Long rootId = event.rootCause() ? null : batch.rootOf(element, event.eventTime(), settings.stormWindow());
        String reason = rootId == null ? null : childReason(rootId, element);
        NewAlarm alarm = new NewAlarm(event.reductionKey(),
                event.eventType() == null ? "communicationsAlarm" : event.eventType(),
                event.probableCause() == null ? "unknown" : event.probableCause(), specificProblem(event), severity,
                reported, AlarmedObject.of(element, event.resource()), element, event.sourceAddress(),
                event.sourceAddress(), event.externalAlarmId(), event.notification(), event.family(),
                toJson(event.resource()), event.additionalText(), event.eventTime(), event.rootCause(), rootId,
                reason, circuits, cycles, plannedBy(element, event.resource(), circuits, event.eventTime()));
        TrackedAlarm opened = batch.open(alarm, now);
        circuits.forEach(circuit -> batch.link(AlarmRows.circuitRow(opened.id, circuit)));
        batch.event(opened.id, archived.rawEventId(), event.receivedTime(), severity);
        batch.journal(opened.id, now, PIPELINE, event.sourceAddress(), "raised",
                detail(Map.of("event", archived.rawEventId(), "circuits", circuits.size())));
        count("raised");
        meters.counter("kexiang.alarm.linked", "linked", String.valueOf(!circuits.isEmpty())).increment();
        if (rootId != null) {
            batch.share(opened.id, rootId);
        }
        batch.announce(raised(opened.id, element, severity, alarm.probableCause(), alarm.specificProblem(),
                circuits, event.rootCause(), rootId, event.eventTime(), alarm.cutoverId()));
        if (event.rootCause()) {
            adopt(opened, event.eventTime(), childReason(opened.id, element), event.sourceAddress(), now, batch);
        } else if (rootId == null && "interface".equals(event.family())) {
            interfaceStorm(element, event, now, batch);
        }
    }

    /** Writes the batch so far, then makes the element's alarms around the root's time its children. */
    private void adopt(TrackedAlarm root, Instant at, String reason, String source, Instant now,
            IntakeBatch batch) {
        batch.flush();
        List<Long> adopted = rows.adopt(root.id, root.element, at, settings.stormWindow(), reason);
        batch.adopted(root.id, root.element, adopted, now);
        for (Long child : adopted) {
            batch.journal(child, now, PIPELINE, source, "correlated", detail(Map.of("parentAlarm", root.id)));
            batch.announce(new AlarmChanged(AlarmId.of(child), "correlated", null, AlarmId.of(root.id), now));
        }
    }

    private static AlarmRaised raised(long id, String element, String severity, String probableCause,
            String specificProblem, List<CircuitMatch> circuits, boolean rootCause, Long parentId, Instant at,
            Long cutoverId) {
        return new AlarmRaised(AlarmId.of(id), element, severity, probableCause, specificProblem,
                circuits.stream().map(CircuitMatch::circuitId).toList(),
                circuits.stream().map(CircuitMatch::customerCode).distinct().toList(),
                circuits.stream().map(CircuitMatch::tier).collect(Collectors.toUnmodifiableSet()), rootCause,
                AlarmId.orNull(parentId), at, cutoverId);
    }

    /**
     * Many interfaces of one element down at once is the element's fault, not theirs (a line card, power, the
     * element unreachable): a root-cause alarm of its own stands above them.
     */
    private void interfaceStorm(String element, NormalisedEvent event, Instant now, IntakeBatch batch) {
        int interfaces = linker.interfaceCount(element);
        int down = batch.orphanInterfacesAround(element, event.eventTime(), storms.window());
        if (!storms.isStorm(down, interfaces)) {
            return;
        }
        List<CircuitMatch> circuits = linker.circuitsOf(element);
        String severity = severities.apply("major", circuits.stream().map(CircuitMatch::tier).distinct().toList());
        NewAlarm root = NewAlarm.stormRoot(element, event.sourceAddress(), severity, storms.details(down, interfaces),
                event.eventTime(), circuits, plannedBy(element, Resource.NONE, circuits, event.eventTime()));
        TrackedAlarm stormRoot = batch.current(root.reductionKey());
        if (stormRoot != null && stormRoot.open()) {
            // The element's storm alarm is still open: one more occurrence of it.
            stormRoot.repeat(stormRoot.severity, stormRoot.reportedSeverity, null, event.eventTime(), now);
            batch.changed(stormRoot);
        } else {
            TrackedAlarm opened = batch.open(root, now);
            circuits.forEach(circuit -> batch.link(AlarmRows.circuitRow(opened.id, circuit)));
            batch.journal(opened.id, now, PIPELINE, event.sourceAddress(), "raised",
                    detail(Map.of("interfacesDown", down, "interfaces", interfaces)));
            count("raised");
            batch.announce(raised(opened.id, element, severity, root.probableCause(), StormPolicy.PROBLEM,
                    circuits, true, null, event.eventTime(), root.cutoverId()));
            stormRoot = opened;
        }
        String reason = storms.childReason(stormRoot.id, down, interfaces, element);
        adopt(stormRoot, event.eventTime(), reason, event.sourceAddress(), now, batch);
        batch.touchStorm(element);
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
