package io.kexiang.console.alarms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kexiang.alarm.AlarmAcknowledged;
import io.kexiang.alarm.AlarmBoard;
import io.kexiang.alarm.AlarmChanged;
import io.kexiang.alarm.AlarmCleared;
import io.kexiang.alarm.AlarmRaised;
import io.kexiang.alarm.AlarmRowsUpdated;
import io.kexiang.alarm.BoardRow;
import io.kexiang.alarm.BoardVersion;
import io.kexiang.console.ConsoleSettings;
import io.kexiang.identity.CustomerScope;
import io.kexiang.shared.AlarmId;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
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
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
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

/**
 * Keeps open boards current. Once a second (at most) each view (filters, scope, language) reads its first page's
 * ids and versions and compares them with the last: boards are sent the rows that changed, rendered, and the ids
 * that left the page. A repeat raises no event (the intake would publish thousands a second), and another node's
 * changes raise none here, so the versions are what tell; events add what moves no version of a row on the page (a
 * child joining a storm's root). An intake flood is one push a second per view, not one per trap: the intake never
 * waits for browsers, and boards cost one small query a second per view. A row whose version says that only its count
 * moved (a repeat: in a burst, every row on every page each second) is sent its count without being read. On a single
 * node, a round in which nothing was announced and only the intake updated rows (a burst of repeats) does not read
 * the pages at all: the intake says which rows it updated ({@link AlarmRowsUpdated}), those on any page are read by id
 * in one query, and each page is its last with their versions (every fifth round reads the pages all the same).
 */
@Component
class BoardFeed {

    private static final Logger log = LoggerFactory.getLogger(BoardFeed.class);
    /** A stream is closed after this long and the browser opens a new one (EventSource reconnects by itself). */
    private static final long STREAM_LIFETIME_MS = 30 * 60 * 1000L;
    /**
     * A repeat is sent as its count without reading the row; once in this many rounds every changed row is read whole
     * all the same, so that what no version of the alarm's own shows (its customers on another node's storm root)
     * reaches the boards within half a minute.
     */
    private static final int READ_ALL_EVERY = 30;
    /**
     * On a single node, a round in which only the intake's updates moved rows (a burst of repeats) reads those rows by
     * id instead of every view's page; every this many rounds the pages are read all the same, for a change that
     * told nothing here (a row changed by SQL outside the intake and the operations that announce it).
     */
    private static final int READ_PAGES_EVERY = 5;
    /** The keys under which a transaction's announced and updated ids are gathered until it commits. */
    private static final Object CHANGED = new Object();
    private static final Object UPDATED = new Object();

    private final AlarmBoard board;
    private final RowHtml rowHtml;
    private final Timer pushes;
    private final Counter pageReads;
    private final Counter idReads;
    private final ConsoleSettings settings;
    private final ObjectMapper json;
    private final Set<AlarmId> changed = ConcurrentHashMap.newKeySet();
    /** Alarms the intake updated in place since the last round (repeats: no event names them). */
    private final Set<AlarmId> updated = ConcurrentHashMap.newKeySet();
    /** In cluster mode another node's intake updates rows too, and tells nothing here: every round reads the pages. */
    private final boolean clustered;
    private final Map<SseEmitter, Subscriber> subscribers = new ConcurrentHashMap<>();
    /** Each open view's first page as last sent: ids and versions. */
    private final Map<View, Map<AlarmId, BoardVersion>> pages = new ConcurrentHashMap<>();
    /** Rounds of pushes so far: every {@link #READ_ALL_EVERY}th reads every changed row whole. */
    private long rounds;
    /** Each open view's rows as its boards were last sent them. */
    private final Map<View, ShownRows> shown = new ConcurrentHashMap<>();

    BoardFeed(AlarmBoard board, RowHtml rowHtml, ConsoleSettings settings, ObjectMapper json, MeterRegistry meters,
            @Value("${kexiang.cluster.kafka.enabled:false}") boolean clustered) {
        this.clustered = clustered;
        this.settings = settings;
        this.json = json;
        this.board = board;
        this.rowHtml = rowHtml;
        meters.gaugeMapSize("kexiang.console.boards", List.of(), subscribers);
        this.pageReads = meters.counter("kexiang.console.board.reads", "read", "page");
        this.idReads = meters.counter("kexiang.console.board.reads", "read", "by-id");
        this.pushes = Timer.builder("kexiang.console.board.push")
                .description("Time to compare, read, render and send one round of board updates").register(meters);
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
        View view = subscriber.view();
        if (pages.containsKey(view)) {
            shown(view).forget(); // its page may be newer than what the view's boards were sent
        }
        pages.computeIfAbsent(view, same -> firstPage(view, viewer));
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

    @EventListener
    void on(AlarmRowsUpdated rows) {
        if (!subscribers.isEmpty()) {
            onCommit(rows.alarmIds(), updated, UPDATED);
        }
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
        onCommit(List.of(id), changed, CHANGED);
    }

    /**
     * Adds the ids to {@code into} once the transaction commits (one set and one synchronization per transaction,
     * bound under {@code key}: a key compared by identity, as a set's own hash would walk its elements each time).
     */
    private static void onCommit(Collection<AlarmId> ids, Set<AlarmId> into, Object key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            into.addAll(ids);
            return;
        }
        @SuppressWarnings("unchecked")
        Set<AlarmId> pending = (Set<AlarmId>) TransactionSynchronizationManager.getResource(key);
        if (pending == null) {
            Set<AlarmId> gathered = new HashSet<>();
            TransactionSynchronizationManager.bindResource(key, gathered);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(key);
                    if (status == STATUS_COMMITTED) {
                        into.addAll(gathered);
                    }
                }
            });
            pending = gathered;
        }
        pending.addAll(ids);
    }

    @Scheduled(fixedDelayString = "${kexiang.console.board-push:1s}")
    void push() {
        Set<AlarmId> announced = new HashSet<>(changed);
        changed.removeAll(announced);
        Set<AlarmId> moved = new HashSet<>(updated);
        updated.removeAll(moved);
        if (subscribers.isEmpty()) {
            pages.clear();
            shown.clear();
            return;
        }
        pushes.record(() -> push(announced, moved));
    }

    private void push(Set<AlarmId> announced, Set<AlarmId> moved) {
        // Boards that show the same (the same filters, scope and language: a NOC's engineers mostly watch the whole
        // board) are compared once; rows changed on several views are read once per scope and rendered once.
        Map<View, Authentication> views = new HashMap<>();
        subscribers.values().forEach(subscriber -> views.putIfAbsent(subscriber.view(), subscriber.viewer()));
        Map<View, Change> changes = new HashMap<>();
        long round = rounds++;
        boolean readAll = round % READ_ALL_EVERY == 0;
        // Only the intake's updates (repeats) since the last round, on a single node: the rows they moved are read
        // by id, once for every view, and each view's page is its last one with those versions.
        boolean byId = announced.isEmpty() && !readAll && !clustered && round % READ_PAGES_EVERY != 0;
        Map<AlarmId, BoardVersion> versions = byId ? versions(views, moved) : Map.of();
        views.forEach((view, viewer) -> change(view, viewer, announced, readAll, byId ? versions : null, moved)
                .ifPresent(change -> changes.put(view, change)));
        pages.keySet().retainAll(views.keySet());
        shown.keySet().retainAll(views.keySet());
        Map<Optional<String>, Map<AlarmId, BoardRow>> rows = rows(changes, views);
        Map<View, String> updates = new HashMap<>();
        changes.forEach((view, change) -> updates.put(view, update(view, change, rows.get(view.scope()))));
        subscribers.forEach((emitter, subscriber) -> {
            String update = updates.get(subscriber.view());
            if (update != null) {
                send(emitter, update);
            }
        });
    }

    /**
     * What changed on a view's first page since the last push: rows to read and send again, in page order; rows whose
     * count alone moved (by their versions); the ids gone; and the page.
     */
    private record Change(List<AlarmId> changed, Map<AlarmId, BoardVersion> counted, List<Long> gone,
                          Map<AlarmId, BoardVersion> page) {
    }

    /**
     * The rows on the view's first page whose version moved or that an event named, and the ids that left the page;
     * empty when there are none. A row whose count alone moved since its boards were sent it, and that no event named,
     * is counted rather than read (unless {@code readAll}).
     */
    private Optional<Change> change(View view, Authentication viewer, Set<AlarmId> announced, boolean readAll,
            Map<AlarmId, BoardVersion> versions, Set<AlarmId> moved) {
        Map<AlarmId, BoardVersion> page;
        try {
            Map<AlarmId, BoardVersion> patched = versions == null ? null : patched(pages.get(view), versions, moved);
            page = patched != null ? patched : asViewer(viewer, () -> firstPage(view, viewer));
        } catch (RuntimeException e) {
            log.warn("Board update for {} failed: {}", viewer.getName(), e.toString());
            return Optional.empty();
        }
        Map<AlarmId, BoardVersion> before = Objects.requireNonNullElse(pages.put(view, page), page);
        ShownRows rows = shown(view);
        rows.keepOnly(page.keySet());
        List<AlarmId> changedRows = new ArrayList<>();
        Map<AlarmId, BoardVersion> counted = new LinkedHashMap<>();
        page.forEach((id, version) -> {
            boolean named = announced.contains(id);
            if (version.equals(before.get(id)) && !named) {
                return;
            }
            if (!named && !readAll && rows.holdsAsShownAt(id, version)) {
                counted.put(id, version);
            } else {
                changedRows.add(id);
            }
        });
        List<Long> gone = before.keySet().stream().filter(id -> !page.containsKey(id)).map(AlarmId::value).toList();
        return changedRows.isEmpty() && counted.isEmpty() && gone.isEmpty() ? Optional.empty()
                : Optional.of(new Change(changedRows, counted, gone, page));
    }

    /** The versions of the rows on any view's page that the intake moved: one read by id for every view. */
    private Map<AlarmId, BoardVersion> versions(Map<View, Authentication> views, Set<AlarmId> moved) {
        Set<AlarmId> wanted = new HashSet<>();
        views.keySet().forEach(view -> {
            Map<AlarmId, BoardVersion> page = pages.get(view);
            if (page != null) {
                page.keySet().stream().filter(moved::contains).forEach(wanted::add);
            }
        });
        if (wanted.isEmpty()) {
            return Map.of();
        }
        Authentication anyViewer = views.values().iterator().next();
        idReads.increment();
        return asViewer(anyViewer, () -> board.versions(wanted));
    }

    /**
     * The view's last page with the moved rows' new versions, in the same order (a repeat moves no row up or down:
     * the board is ordered by when an alarm was raised); null when the page must be read again: none yet, or a moved
     * row left the board (cleared, or under a root).
     */
    private static Map<AlarmId, BoardVersion> patched(Map<AlarmId, BoardVersion> last,
            Map<AlarmId, BoardVersion> versions, Set<AlarmId> moved) {
        if (last == null) {
            return null;
        }
        Map<AlarmId, BoardVersion> page = new LinkedHashMap<>(last);
        for (AlarmId id : last.keySet()) {
            if (moved.contains(id)) {
                BoardVersion version = versions.get(id);
                if (version == null) {
                    return null;
                }
                page.put(id, version);
            }
        }
        return page;
    }

    /** The changed rows of every view, read once per scope (all customers, or one account manager's). */
    private Map<Optional<String>, Map<AlarmId, BoardRow>> rows(Map<View, Change> changes,
            Map<View, Authentication> viewers) {
        Map<Optional<String>, Set<AlarmId>> wanted = new HashMap<>();
        Map<Optional<String>, Authentication> scopes = new HashMap<>();
        changes.forEach((view, change) -> {
            wanted.computeIfAbsent(view.scope(), scope -> new HashSet<>()).addAll(change.changed());
            scopes.putIfAbsent(view.scope(), viewers.get(view));
        });
        Map<Optional<String>, Map<AlarmId, BoardRow>> rows = new HashMap<>();
        wanted.forEach((scope, ids) -> {
            Map<AlarmId, BoardRow> byId = new HashMap<>();
            try {
                Authentication viewer = scopes.get(scope);
                asViewer(viewer, () -> board.rows(ids, viewer)).forEach(row -> byId.put(row.id(), row));
            } catch (RuntimeException e) {
                log.warn("Board rows for {} failed: {}", scope.orElse("all customers"), e.toString());
            }
            rows.put(scope, byId);
        });
        return rows;
    }

    /**
     * The update for a view's boards, as JSON: the HTML of its rows that are new or changed beyond their count, in
     * page order; the new counts of the others (a repeat); and the ids gone.
     */
    private String update(View view, Change change, Map<AlarmId, BoardRow> rows) {
        List<BoardRow> changedRows = change.changed().stream().map(rows::get).filter(Objects::nonNull)
                .filter(row -> row.parent() == null).toList();
        ShownRows.Delta delta = shown(view).next(changedRows, change.counted(), change.page());
        changed.addAll(delta.unheld()); // read whole next round
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("html", rowHtml.of(delta.whole(), view.locale()));
        update.put("counts", delta.counts());
        update.put("gone", change.gone());
        try {
            return json.writeValueAsString(update);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T asViewer(Authentication viewer, Supplier<T> read) {
        SecurityContextHolder.getContext().setAuthentication(viewer);
        try {
            return read.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
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

    private ShownRows shown(View view) {
        return shown.computeIfAbsent(view, any -> new ShownRows());
    }

    private Map<AlarmId, BoardVersion> firstPage(View view, Authentication viewer) {
        pageReads.increment();
        return board.firstPage(view.filters(), viewer, settings.boardPageSize());
    }

    private void send(SseEmitter emitter, String update) {
        try {
            emitter.send(SseEmitter.event().name("rows").data(update, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException e) {
            subscribers.remove(emitter);
        }
    }
}
