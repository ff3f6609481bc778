package io.kexiang.console.alarms;

import io.kexiang.alarm.AlarmAcknowledged;
import io.kexiang.alarm.AlarmBoard;
import io.kexiang.alarm.AlarmChanged;
import io.kexiang.alarm.AlarmCleared;
import io.kexiang.alarm.AlarmRaised;
import io.kexiang.alarm.BoardRow;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.console.ConsoleSettings;
import io.kexiang.console.web.ConsoleTimes;
import io.kexiang.identity.CustomerScope;
import io.kexiang.shared.AlarmId;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Keeps open boards current. Once a second (at most) each view (filters, scope, language) reads its first page's
 * ids and versions and compares them with the last: boards are sent the rows that changed, rendered, and the ids
 * that left the page. A repeat raises no event (the intake would publish thousands a second), and another node's
 * changes raise none here, so the versions are what tell; events add what moves no version of a row on the page (a
 * child joining a storm's root). An intake flood is one push a second per view, not one per trap: the intake never
 * waits for browsers, and boards cost one small query a second per view.
 */
@Component
class BoardFeed {

    private static final Logger log = LoggerFactory.getLogger(BoardFeed.class);
    /** A stream is closed after this long and the browser opens a new one (EventSource reconnects by itself). */
    private static final long STREAM_LIFETIME_MS = 30 * 60 * 1000L;

    private final AlarmBoard board;
    private final TemplateEngine templates;
    private final ConsoleTimes times;
    private final Clock clock;
    private final ConsoleSettings settings;
    private final ObjectMapper json;
    private final Set<AlarmId> changed = ConcurrentHashMap.newKeySet();
    private final Map<SseEmitter, Subscriber> subscribers = new ConcurrentHashMap<>();
    /** Each open view's first page as last sent: ids and versions. */
    private final Map<View, Map<AlarmId, Instant>> pages = new ConcurrentHashMap<>();

    BoardFeed(AlarmBoard board, TemplateEngine templates, ConsoleTimes times, Clock clock, ConsoleSettings settings,
            ObjectMapper json, MeterRegistry meters) {
        this.settings = settings;
        this.json = json;
        this.board = board;
        this.templates = templates;
        this.times = times;
        this.clock = clock;
        meters.gaugeMapSize("kexiang.console.boards", List.of(), subscribers);
    }

    /** An open board, its filters and who is looking (their scope and language). */
    private record Subscriber(Map<String, String> filters, Authentication viewer, Locale locale) {

        View view() {
            return new View(filters, CustomerScope.ownCustomersOf(viewer), locale);
        }
    }

    /** What a board shows: boards with the same view are sent the same update. */
    private record View(Map<String, String> filters, Optional<String> scope, Locale locale) {
    }

    /** Opens a board's stream; the first board of a view takes its page as it is now, to tell changes from. */
    SseEmitter subscribe(Map<String, String> filters, Authentication viewer) {
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME_MS);
        Subscriber subscriber = new Subscriber(Map.copyOf(filters), viewer, LocaleContextHolder.getLocale());
        pages.computeIfAbsent(subscriber.view(), view -> firstPage(view, viewer));
        subscribers.put(emitter, subscriber);
        emitter.onCompletion(() -> subscribers.remove(emitter));
        emitter.onTimeout(() -> {
            subscribers.remove(emitter);
            emitter.complete();
        });
        emitter.onError(error -> subscribers.remove(emitter));
        try {
            emitter.send(SseEmitter.event().name("ready").data("ok"));
        } catch (IOException e) {
            subscribers.remove(emitter);
        }
        return emitter;
    }

    @EventListener
    void on(AlarmRaised raised) {
        changedOnCommit(raised.alarmId());
    }

    @EventListener
    void on(AlarmChanged change) {
        changedOnCommit(change.alarmId());
        if (change.parentAlarmId() != null) {
            changedOnCommit(change.parentAlarmId());
        }
    }

    @EventListener
    void on(AlarmCleared cleared) {
        changedOnCommit(cleared.alarmId());
    }

    @EventListener
    void on(AlarmAcknowledged acknowledged) {
        changedOnCommit(acknowledged.alarmId());
    }

    /**
     * A change is shown once committed (a board that read it earlier would not find it, and drop the row). The
     * intake announces thousands of changes in one transaction: they are gathered in one set per transaction, and
     * one synchronization hands them over after the commit, rather than one per event.
     */
    private void changedOnCommit(AlarmId id) {
        if (subscribers.isEmpty()) {
            return; // no board open: a board that opens reads its rows afresh
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            changed.add(id);
            return;
        }
        @SuppressWarnings("unchecked")
        Set<AlarmId> pending = (Set<AlarmId>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Set<AlarmId> gathered = new HashSet<>();
            TransactionSynchronizationManager.bindResource(this, gathered);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(BoardFeed.this);
                    if (status == STATUS_COMMITTED) {
                        changed.addAll(gathered);
                    }
                }
            });
            pending = gathered;
        }
        pending.add(id);
    }

    @Scheduled(fixedDelayString = "${kexiang.console.board-push:1s}")
    void push() {
        Set<AlarmId> announced = new HashSet<>(changed);
        changed.removeAll(announced);
        if (subscribers.isEmpty()) {
            pages.clear();
            return;
        }
        // Boards that show the same (the same filters, scope and language: a NOC's engineers mostly watch the whole
        // board) are read and rendered once.
        Map<View, String> updates = new HashMap<>();
        subscribers.forEach((emitter, subscriber) -> {
            String update = updates.computeIfAbsent(subscriber.view(),
                    view -> update(view, subscriber.viewer(), announced));
            if (!update.isEmpty()) {
                send(emitter, update);
            }
        });
        pages.keySet().retainAll(updates.keySet());
    }

    /** Every 20 s a comment line, so that a proxy keeps the stream open and a closed browser is noticed. */
    @Scheduled(fixedDelay = 20_000)
    void keepAlive() {
        subscribers.keySet().forEach(emitter -> {
            try {
                emitter.send(SseEmitter.event().comment("keep-alive"));
            } catch (IOException | IllegalStateException e) {
                subscribers.remove(emitter);
            }
        });
    }

    /**
     * The update, as JSON, of the boards with this view: the rows on its first page that changed since the last push
     * (their version moved, or an event named them) and the ids that left the page; empty when there are none.
     */
    private String update(View view, Authentication viewer, Set<AlarmId> announced) {
        SecurityContextHolder.getContext().setAuthentication(viewer);
        try {
            Map<AlarmId, Instant> page = firstPage(view, viewer);
            Map<AlarmId, Instant> before = Objects.requireNonNullElse(pages.put(view, page), page);
            List<AlarmId> changedRows = page.entrySet().stream()
                    .filter(row -> !row.getValue().equals(before.get(row.getKey()))
                            || announced.contains(row.getKey()))
                    .map(Map.Entry::getKey).toList();
            List<Long> gone = before.keySet().stream().filter(id -> !page.containsKey(id)).map(AlarmId::value)
                    .toList();
            if (changedRows.isEmpty() && gone.isEmpty()) {
                return "";
            }
            Map<String, Object> update = new LinkedHashMap<>();
            update.put("html", render(board.rows(changedRows, viewer), view.locale()));
            update.put("gone", gone);
            return json.writeValueAsString(update);
        } catch (RuntimeException | JsonProcessingException e) {
            log.warn("Board update for {} failed: {}", viewer.getName(), e.toString());
            return "";
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Map<AlarmId, Instant> firstPage(View view, Authentication viewer) {
        return board.firstPage(view.filters(), viewer, settings.boardPageSize());
    }

    private void send(SseEmitter emitter, String update) {
        try {
            emitter.send(SseEmitter.event().name("rows").data(update, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException e) {
            subscribers.remove(emitter);
        }
    }

    private String render(List<BoardRow> rows, Locale locale) {
        if (rows.isEmpty()) {
            return "";
        }
        Context context = new Context(locale);
        context.setVariable("rows", rows);
        context.setVariable("now", clock.instant());
        context.setVariable("times", times);
        return templates.process("alarms/rows", Set.of("rows"), context);
    }
}
