package io.kexiang.complaint.internal;

import io.kexiang.complaint.ComplaintEscalations;
import io.kexiang.shared.ConflictException;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.ForbiddenException;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.NotFoundException;
import io.kexiang.shared.Text;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Instructions are the VP's; follow-ups the centre's; closing the VP's once something was followed up. */
@Component
@Transactional
class ComplaintBook implements ComplaintEscalations {

    private static final int MAX_TEXT = 2000;

    private final EscalationRows rows;
    private final Clock clock;

    ComplaintBook(EscalationRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Escalation> list(boolean open) {
        return open ? rows.list("closed_at is null") : rows.list("true");
    }

    @Override
    @Transactional(readOnly = true)
    public List<Escalation> raised(Instant from, Instant to) {
        return rows.list("raised_at >= ? and raised_at < ?", Timestamp.from(from), Timestamp.from(to));
    }

    @Override
    public Escalation add(long id, String kind, String text, Authentication who) {
        Escalation escalation = find(id);
        if (!"instruction".equals(kind) && !"followUp".equals(kind)) {
            throw InvalidInputException.badRequest(FieldProblem.of("kind", kind, Text.oneOf(List.of("instruction",
                    "followUp"))));
        }
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw InvalidInputException.badRequest(FieldProblem.of("text", text, Text.of("process.text", MAX_TEXT)));
        }
        if ("instruction".equals(kind) && !has(who, "ROLE_VP")) {
            throw new ForbiddenException(Text.of("complaint.vpOnly"));
        }
        if (escalation.closedAt() != null) {
            throw new ConflictException(Text.of("complaint.closed"));
        }
        rows.add(id, kind, text.trim(), who.getName(), clock.instant());
        return find(id);
    }

    @Override
    public Escalation close(long id, Authentication who) {
        Escalation escalation = find(id);
        if (!has(who, "ROLE_VP")) {
            throw new ForbiddenException(Text.of("complaint.vpOnly"));
        }
        if (escalation.entries().stream().noneMatch(entry -> entry.kind().equals("followUp"))) {
            throw new ConflictException(Text.of("complaint.notFollowedUp"));
        }
        if (!rows.close(id, who.getName(), clock.instant())) {
            throw new ConflictException(Text.of("complaint.closed"));
        }
        return find(id);
    }

    private Escalation find(long id) {
        return rows.find(id).orElseThrow(() -> new NotFoundException("complaintEscalation", id));
    }

    private static boolean has(Authentication who, String role) {
        return who.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(role::equals);
    }
}
