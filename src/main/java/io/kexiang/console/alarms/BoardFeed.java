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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
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
 * Keeps open boards current. Alarm changes are gathered as they commit; once a second (at most) each board is
 * sent the rows among them that are on its page, rendered, and the ids of those that left it. Boards cost nothing
 * while nothing changes, and two queries a second per distinct view (filters, scope, language) while something
 * does; an intake flood is one push a second, not one per trap, so the intake does not wait for browsers.
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

    SseEmitter subscribe(Map<String, String> filters, Authentication viewer) {
        SseEmitter emitter = new SseEmitter(STREAM_LIFETIME_MS);
        subscribers.put(emitter, new Subscriber(Map.copyOf(filters), viewer,
                org.springframework.context.i18n.LocaleContextHolder.getLocale()));
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
        if (changed.isEmpty() || subscribers.isEmpty()) {
            changed.clear();
            return;
        }
        Set<AlarmId> batch = new HashSet<>(changed);
        changed.removeAll(batch);
        // Boards that show the same (the same filters, scope and language: a NOC's engineers mostly watch the whole
        // board) are read and rendered once.
        Map<View, String> updates = new HashMap<>();
        subscribers.forEach((emitter, subscriber) -> {
            String update = updates.computeIfAbsent(subscriber.view(), view -> update(subscriber, batch));
            if (!update.isEmpty()) {
                send(emitter, update);
            }
        });
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

    /** The update, as JSON, of a board that shows what this subscriber's does; empty when nothing of it changed. */
    private String update(Subscriber subscriber, Set<AlarmId> ids) {
        List<BoardRow> rows;
        SecurityContextHolder.getContext().setAuthentication(subscriber.viewer());
        try {
            rows = board.onFirstPage(ids, subscriber.filters(), subscriber.viewer(), settings.boardPageSize());
        } catch (RuntimeException e) {
            log.warn("Board update for {} failed: {}", subscriber.viewer().getName(), e.toString());
            return "";
        } finally {
            SecurityContextHolder.clearContext();
        }
        Set<AlarmId> gone = new HashSet<>(ids);
        List<BoardRow> top = rows.stream().filter(row -> row.parent() == null).toList();
        top.forEach(row -> gone.remove(row.id()));
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("html", render(top, subscriber.locale()));
        update.put("gone", gone.stream().map(AlarmId::value).toList());
        try {
            return json.writeValueAsString(update);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
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
