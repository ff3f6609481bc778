package io.kexiang.ingest.archive;

import io.kexiang.identity.Role;
import io.kexiang.ingest.received.Outcome;
import io.kexiang.shared.database.Where;
import io.kexiang.shared.web.PageWindow;
import java.time.Instant;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/events}: the raw archive, newest first, with what each event decoded to; and the replay of a
 * selection through naming and normalisation.
 */
@RestController
@PreAuthorize("hasAuthority('STAFF')")
class EventController {

    private final RawEventSearch search;
    private final Refusals refusals;
    private final EventReplay replay;

    EventController(RawEventSearch search, Refusals refusals, EventReplay replay) {
        this.search = search;
        this.refusals = refusals;
        this.replay = replay;
    }

    record Replayed(int replayed, int limit) {
    }

    /** Re-runs the selected archived events (the same filters as the search) through naming and normalisation. */
    @PostMapping("/api/v1/events/replay")
    @PreAuthorize("hasAnyRole('ADMIN', 'TECH_SPECIALIST')")
    Replayed replay(@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
            @RequestParam(required = false) String source, @RequestParam(required = false) String ne,
            @RequestParam(required = false) String notification, @RequestParam(required = false) Outcome outcome) {
        return new Replayed(replay.replay(RawEventSearch.filter(from, to, source, ne, notification, outcome)),
                EventReplay.MAX);
    }

    /** Refused and undecodable datagrams since start-up, per source and reason, most frequent first. */
    @GetMapping("/api/v1/ingest/refusals")
    List<Refusals.Tally> refusals() {
        return refusals.tallies();
    }

    @GetMapping("/api/v1/events")
    ResponseEntity<List<RawEventSearch.ArchivedEvent>> search(@RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to, @RequestParam(required = false) String source,
            @RequestParam(required = false) String ne, @RequestParam(required = false) String notification,
            @RequestParam(required = false) Outcome outcome, @RequestParam(required = false) Integer offset,
            @RequestParam(required = false) Integer limit, Authentication caller) {
        boolean admin = Role.heldBy(caller, Role.ADMIN);
        PageWindow window = PageWindow.of(offset, limit);
        Where where = RawEventSearch.filter(from, to, source, ne, notification, outcome);
        return PageWindow.respond(search.count(where), search.page(where, admin, window.offset(), window.limit()));
    }
}
