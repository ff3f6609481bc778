package io.kexiang.report.internal;

import io.kexiang.identity.CustomerScope;
import io.kexiang.report.ReportDeliveries;
import io.kexiang.shared.ConflictException;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.NotFoundException;
import io.kexiang.shared.Text;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Who sees and delivers the reports owed: the centre every one; an account manager their customers' only. */
@Component
@Transactional
class DeliveryBook implements ReportDeliveries {

    private static final List<String> STATES = List.of("open", "delivered");

    private final DeliveryRows rows;
    private final Clock clock;

    DeliveryBook(DeliveryRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Delivery> due(Instant from, Instant to) {
        return rows.due(from, to);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Delivery> list(String state, Authentication viewer) {
        if (state != null && !state.isBlank() && !STATES.contains(state)) {
            throw InvalidInputException.badRequest(FieldProblem.of("state", state, Text.oneOf(STATES)));
        }
        return rows.list(state == null || state.isBlank() ? null : state,
                CustomerScope.ownCustomersOf(viewer).orElse(null));
    }

    @Override
    public Delivery deliver(long id, String note, Authentication who) {
        Delivery delivery = rows.find(id).filter(found -> CustomerScope.ownCustomersOf(who)
                .map(own -> own.equals(found.accountManager())).orElse(true))
                .orElseThrow(() -> new NotFoundException("reportDelivery", id));
        if (note != null && note.length() > 1000) {
            throw InvalidInputException.badRequest(FieldProblem.of("note", note.length(), Text.of("process.text",
                    1000)));
        }
        if (!rows.delivered(id, clock.instant(), who.getName(), note)) {
            throw new ConflictException(Text.of("report.deliveredAlready", delivery.deliveredBy()));
        }
        return rows.find(id).orElseThrow();
    }
}
