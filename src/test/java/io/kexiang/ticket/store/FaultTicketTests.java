package io.kexiang.ticket.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kexiang.shared.ConflictException;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.ticket.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The ticket decides its own moves, and an illegal one is refused naming the state it is in. */
class FaultTicketTests {

    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");

    private static FaultTicket ticket(TicketStatus status) {
        return new FaultTicket(7, status, status.pausesRestoration() ? NOW.minus(Duration.ofMinutes(40)) : null);
    }

    @Test
    void theLifecycleFromAcceptanceToClosing() {
        FaultTicket ticket = ticket(TicketStatus.ACKNOWLEDGED);

        assertThat(ticket.moveTo("inProgress", null, NOW).to()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(ticket.moveTo("resolved", null, NOW).to()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(ticket.returnVisit(true, NOW).to()).isEqualTo(TicketStatus.CLOSED);
        assertThat(ticket.status()).isEqualTo(TicketStatus.CLOSED);
    }

    @Test
    void anIllegalMoveIsRefusedNamingTheCurrentStateAndWhatItAllows() {
        assertThatThrownBy(() -> ticket(TicketStatus.ACKNOWLEDGED).moveTo("closed", null, NOW))
                .isInstanceOfSatisfying(ConflictException.class, refused -> {
                    assertThat(refused.text().code()).isEqualTo("ticket.move");
                    assertThat(refused.text().getArguments()).startsWith("acknowledged", "closed");
                    assertThat((String) refused.text().getArguments()[2]).contains("inProgress");
                });
        assertThatThrownBy(() -> ticket(TicketStatus.CLOSED).moveTo("inProgress", null, NOW))
                .isInstanceOfSatisfying(ConflictException.class,
                        refused -> assertThat(refused.text().code()).isEqualTo("ticket.final"));
        assertThatThrownBy(() -> ticket(TicketStatus.HELD).moveTo("held", "again", NOW))
                .isInstanceOfSatisfying(ConflictException.class,
                        refused -> assertThat(refused.text().code()).isEqualTo("ticket.already"));
        assertThatThrownBy(() -> ticket(TicketStatus.HELD).moveTo("lost", null, NOW))
                .isInstanceOfSatisfying(ConflictException.class,
                        refused -> assertThat(refused.text().code()).isEqualTo("ticket.unknownStatus"));
    }

    @Test
    void waitingOnTheCustomerNeedsAReasonAndStopsTheRestorationClockUntilItEnds() {
        assertThatThrownBy(() -> ticket(TicketStatus.IN_PROGRESS).moveTo("pending", " ", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.problems().get(0).field()).isEqualTo("statusChangeReason"));

        FaultTicket.Moved paused = ticket(TicketStatus.IN_PROGRESS).moveTo("pending", "客户机房断电", NOW);
        assertThat(paused.pauses()).isTrue();
        assertThat(paused.resumedAfter()).isNull();

        FaultTicket.Moved resumed = ticket(TicketStatus.PENDING).moveTo("inProgress", null, NOW);
        assertThat(resumed.pauses()).isFalse();
        assertThat(resumed.resumedAfter()).isEqualTo(Duration.ofMinutes(40));

        assertThat(ticket(TicketStatus.HELD).moveTo("resolved", null, NOW).resumedAfter())
                .as("resolving from a wait ends it too").isEqualTo(Duration.ofMinutes(40));
    }

    @Test
    void aReturnVisitIsOfAResolvedTicketAndNotConfirmedReopensIt() {
        assertThat(ticket(TicketStatus.RESOLVED).returnVisit(false, NOW).to()).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThatThrownBy(() -> ticket(TicketStatus.IN_PROGRESS).returnVisit(true, NOW))
                .isInstanceOfSatisfying(ConflictException.class, refused -> {
                    assertThat(refused.text().code()).isEqualTo("ticket.returnVisitNotResolved");
                    assertThat(refused.text().getArguments()).containsExactly("inProgress");
                });
    }

    @Test
    void theStatesAreSpeltAsTmf621SpellsThem() {
        assertThat(TicketStatus.tmfNames()).containsExactly("acknowledged", "inProgress", "pending", "held",
                "resolved", "closed", "rejected", "cancelled");
        assertThat(TicketStatus.RESOLVED.isOpen()).isTrue();
        assertThat(TicketStatus.CANCELLED.isOpen()).isFalse();
    }
}
