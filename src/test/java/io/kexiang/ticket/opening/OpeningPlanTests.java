package io.kexiang.ticket.opening;

import static org.assertj.core.api.Assertions.assertThat;

import io.kexiang.alarm.AlarmSummary;
import io.kexiang.shared.AlarmId;
import io.kexiang.ticket.opening.OpeningPlan.Step;
import io.kexiang.ticket.store.NewTicket;
import io.kexiang.ticket.store.OpeningRows.CustomerCircuit;
import io.kexiang.ticket.store.OpeningRows.Fault;
import io.kexiang.ticket.store.TicketRows.Attachment;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** A batch decided in memory comes out as the same alarms opened or joined one at a time would. */
class OpeningPlanTests {

    private static final Instant AT = Instant.parse("2026-12-03T02:00:00Z");
    private static final Function<AlarmSummary, NewTicket> DRAFT = alarm -> new NewTicket("fault", "alarm",
            "link down", "", "major", "urgent", "C1", "客户一", "A", "am001", "张三", alarm.rootId().value(),
            List.of(), AT, AT, "kexiang");

    @Test
    void twoAlarmsOfOneFaultOnOneCustomerOpenOneTicketTheSecondJoins() {
        OpeningPlan plan = new OpeningPlan(Map.of(), Map.of(), Set.of());
        plan.take(alarm(11, 10, false), "C1", List.of("DDN-1"), DRAFT);
        plan.take(alarm(12, 10, false), "C1", List.of("DDN-2"), DRAFT);
        plan.take(alarm(12, 10, false), "C2", List.of("DDN-3"), DRAFT);

        assertThat(plan.opening()).hasSize(2);
        assertThat(plan.steps()).extracting(Step::kind).containsExactly(Step.Kind.OPENED, Step.Kind.ATTACHED,
                Step.Kind.OPENED);
        assertThat(plan.steps().get(1).ticket()).isSameAs(plan.steps().get(0).ticket());
    }

    @Test
    void anotherFaultOnACircuitOfTheBatchsNewTicketJoinsIt() {
        OpeningPlan plan = new OpeningPlan(Map.of(), Map.of(), Set.of());
        plan.take(alarm(11, 10, false), "C1", List.of("DDN-1"), DRAFT);
        plan.take(alarm(21, 20, false), "C1", List.of("DDN-1"), DRAFT);

        assertThat(plan.opening()).hasSize(1);
        assertThat(plan.steps()).extracting(Step::kind).containsExactly(Step.Kind.OPENED, Step.Kind.ATTACHED);
    }

    @Test
    void anOpenTicketOfTheFaultComesFirstThenTheOldestOpenTicketOnItsCircuits() {
        OpeningPlan plan = new OpeningPlan(Map.of(new Fault(10, "C1"), 7L),
                Map.of(new CustomerCircuit("C1", "DDN-1"), 5L, new CustomerCircuit("C1", "DDN-2"), 3L), Set.of());
        plan.take(alarm(11, 10, false), "C1", List.of("DDN-1"), DRAFT);
        plan.take(alarm(21, 20, false), "C1", List.of("DDN-1", "DDN-2"), DRAFT);

        assertThat(plan.opening()).isEmpty();
        assertThat(plan.steps()).extracting(step -> step.ticket().id()).containsExactly(7L, 3L);
    }

    @Test
    void anAlarmAttachedAlreadyIsNotAttachedAgain() {
        OpeningPlan plan = new OpeningPlan(Map.of(new Fault(10, "C1"), 7L), Map.of(),
                Set.of(new Attachment(7, 11)));
        plan.take(alarm(11, 10, false), "C1", List.of("DDN-1"), DRAFT);

        assertThat(plan.steps()).isEmpty();
    }

    @Test
    void aRootCauseArrivingAfterItsConsequenceMakesTheNewTicketItsOwn() {
        OpeningPlan plan = new OpeningPlan(Map.of(), Map.of(), Set.of());
        // The link-down came first, on its own; the cold start that caused it is the same batch's next alarm.
        plan.take(alarm(11, 11, false), "C1", List.of("DDN-1"), DRAFT);
        plan.take(alarm(30, 30, true), "C1", List.of("DDN-1"), DRAFT);
        plan.take(alarm(31, 30, false), "C1", List.of("DDN-9"), DRAFT);

        assertThat(plan.opening()).hasSize(1);
        assertThat(plan.opening().get(0).draft().rootAlarmId()).isEqualTo(30L);
        assertThat(plan.steps()).extracting(Step::kind).containsExactly(Step.Kind.OPENED, Step.Kind.ATTACHED,
                Step.Kind.ROOT_CAUSE, Step.Kind.ATTACHED);
    }

    @Test
    void aRootCauseJoiningAnOpenTicketIsLeftToTheDatabasesRekey() {
        OpeningPlan plan = new OpeningPlan(Map.of(), Map.of(new CustomerCircuit("C1", "DDN-1"), 5L), Set.of());
        plan.take(alarm(30, 30, true), "C1", List.of("DDN-1"), DRAFT);

        assertThat(plan.steps()).extracting(Step::kind).containsExactly(Step.Kind.ATTACHED, Step.Kind.ROOT_CAUSE);
        assertThat(plan.steps().get(1).ticket().id()).isEqualTo(5L);
        assertThat(plan.steps().get(1).ticket().isNew()).isFalse();
    }

    private static AlarmSummary alarm(long id, long root, boolean rootCause) {
        return new AlarmSummary(AlarmId.of(id), "raised", "major", "linkDown", "link down", "PE-1", "PE-1:if",
                rootCause, root == id ? null : AlarmId.of(root), AT, null, List.of());
    }
}
