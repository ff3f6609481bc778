package io.kexiang.ticket.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class EscalationStepsTests {

    private static final Instant OPENED = Instant.parse("2026-11-25T01:00:00Z");
    private final EscalationSteps steps = new EscalationSteps(0.8);

    private static EscalationSteps.Clocks ticket(Instant responded, Instant resolved, Instant paused,
            long pausedSeconds) {
        return new EscalationSteps.Clocks(OPENED, OPENED.plus(Duration.ofHours(2)),
                OPENED.plus(Duration.ofHours(4)).plusSeconds(pausedSeconds), responded, resolved, paused,
                pausedSeconds);
    }

    private static Instant at(long minutes) {
        return OPENED.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void warningsComeAtTheShareOfEachDeadlineAndBreachesAtTheDeadline() {
        EscalationSteps.Clocks open = ticket(null, null, null, 0);

        assertThat(steps.due(open, at(95))).isEmpty();
        assertThat(steps.due(open, at(96))).extracting(EscalationSteps.Step::name).containsExactly("response-warning");
        assertThat(steps.due(open, at(120))).extracting(EscalationSteps.Step::name)
                .containsExactly("response-warning", "response-breach");
        assertThat(steps.due(open, at(192))).extracting(EscalationSteps.Step::name)
                .containsExactly("response-warning", "response-breach", "restoration-warning");
    }

    @Test
    void anAcceptedTicketHasNoResponseStepsAndAWaitingOneNoRestorationSteps() {
        assertThat(steps.due(ticket(at(10), null, null, 0), at(300))).extracting(EscalationSteps.Step::name)
                .containsExactly("restoration-warning", "restoration-breach");
        assertThat(steps.due(ticket(at(10), null, at(100), 0), at(300))).isEmpty();
        assertThat(steps.due(ticket(at(10), at(200), null, 0), at(300))).isEmpty();
    }

    @Test
    void timeSpentWaitingOnTheCustomerMovesTheRestorationWarning() {
        EscalationSteps.Clocks waitedAnHour = ticket(at(10), null, null, 3600);

        assertThat(steps.due(waitedAnHour, at(60 + 191))).isEmpty();
        assertThat(steps.due(waitedAnHour, at(60 + 192))).extracting(EscalationSteps.Step::name)
                .containsExactly("restoration-warning");
        assertThatThrownBy(() -> new EscalationSteps(1.2)).hasMessageContaining("between 0 and 1");
    }
}
