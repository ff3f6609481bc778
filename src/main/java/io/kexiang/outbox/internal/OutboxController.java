package io.kexiang.outbox.internal;

import io.kexiang.outbox.Delivery;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.Text;
import io.kexiang.shared.web.PageWindow;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What left Kexiang and what is still owed, per recipient and channel, newest first: the NOC's view of notices
 * and hub events that did not arrive, with the last error.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN', 'NOC_ENGINEER', 'DEPT_MANAGER')")
class OutboxController {

    private static final List<String> STATES = List.of("pending", "sent", "failed", "cancelled");
    private static final List<String> CHANNELS = List.of("email", "webhook", "hub");

    private final JdbcOutbox outbox;

    OutboxController(JdbcOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping("/api/v1/outbox")
    ResponseEntity<List<Delivery>> list(@RequestParam(required = false) String reference,
            @RequestParam(required = false) String state, @RequestParam(required = false) String channel,
            @RequestParam(required = false) Integer offset, @RequestParam(required = false) Integer limit) {
        if (state != null && !STATES.contains(state)) {
            throw InvalidInputException.badRequest(FieldProblem.of("state", state, Text.oneOf(STATES)));
        }
        if (channel != null && !CHANNELS.contains(channel)) {
            throw InvalidInputException.badRequest(FieldProblem.of("channel", channel, Text.oneOf(CHANNELS)));
        }
        PageWindow window = PageWindow.of(offset, limit);
        return PageWindow.respond(outbox.count(reference, state, channel),
                outbox.recent(reference, state, channel, window.offset(), window.limit()));
    }
}
