package io.kexiang.outbox.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

/**
 * The register's rules, with transactions played by hand: what is skipped is never rendered before the skipping
 * transaction ends, and nothing claimed is skipped on.
 */
class WaitingMessagesTests {

    private static final String LISTENER = "hub-subscription:1";
    private static final List<List<String>> ALARM_7 = List.of(List.of(LISTENER, "alarm:7"));

    private final WaitingMessages waiting = new WaitingMessages(true);

    @AfterEach
    void noTransactionLeft() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void aMessageIsSkippedOnlyOnceItsWriteHasCommittedAndUntilItIsClaimed() {
        assertThat(inTransaction(() -> waiting.absorb(LISTENER, "alarm:7", "first"), true))
                .as("nothing known to wait yet: written").isFalse();
        waiting.written(ALARM_7, waiting.position());

        assertThat(inTransaction(() -> waiting.absorb(LISTENER, "alarm:7", "second"), true)).isTrue();
        assertThat(inTransaction(() -> waiting.absorb(LISTENER, "alarm:8", "other"), true)).isFalse();
        assertThat(waiting.absorb(LISTENER, "alarm:7", "no transaction"))
                .as("without a transaction there is no end to wait for").isFalse();

        WaitingMessages.Waiting claimed = waiting.claimed(LISTENER, "alarm:7");
        assertThat(waiting.settle(claimed)).as("the payload of the change that skipped it").isEqualTo("second");
        assertThat(inTransaction(() -> waiting.absorb(LISTENER, "alarm:7", "third"), true))
                .as("claimed: the next change writes a message of its own").isFalse();
    }

    @Test
    void aWriteIsNotRegisteredWhenAnyClaimCameBetweenItAndItsCommit() {
        long position = waiting.position();
        waiting.claimed(LISTENER, "alarm:7");
        waiting.written(ALARM_7, position);

        assertThat(inTransaction(() -> waiting.absorb(LISTENER, "alarm:7", "late"), true))
                .as("the claim might have been of this very message").isFalse();
    }

    @Test
    void theSenderWaitsForATransactionThatSkippedAndTakesItsPayloadOnlyIfItCommitted() throws Exception {
        waiting.written(ALARM_7, waiting.position());
        TransactionSynchronizationManager.initSynchronization();
        assertThat(waiting.absorb(LISTENER, "alarm:7", "rolled back")).isTrue();
        WaitingMessages.Waiting claimed = waiting.claimed(LISTENER, "alarm:7");

        CompletableFuture<String> rendered = CompletableFuture.supplyAsync(() -> waiting.settle(claimed));
        TimeUnit.MILLISECONDS.sleep(200);
        assertThat(rendered).as("rendering waits while the change is not committed").isNotDone();

        end(false);
        assertThat(rendered.get(5, TimeUnit.SECONDS)).as("a rolled-back change brings nothing").isNull();
    }

    @Test
    void aCancelledListenersMessagesWaitNoMore() {
        waiting.written(ALARM_7, waiting.position());
        waiting.forget(LISTENER);

        assertThat(inTransaction(() -> waiting.absorb(LISTENER, "alarm:7", "x"), true)).isFalse();
        assertThat(waiting.size()).isZero();
    }

    @Test
    void offItSkipsNothing() {
        WaitingMessages off = new WaitingMessages(false);
        off.written(ALARM_7, off.position());

        assertThat(inTransaction(() -> off.absorb(LISTENER, "alarm:7", "x"), true)).isFalse();
        assertThat(off.size()).isZero();
    }

    private static <T> T inTransaction(Supplier<T> work, boolean commit) {
        TransactionSynchronizationManager.initSynchronization();
        T result = work.get();
        end(commit);
        return result;
    }

    private static void end(boolean commit) {
        List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        if (commit) {
            TransactionSynchronizationUtils.invokeAfterCommit(synchronizations);
        }
        TransactionSynchronizationUtils.invokeAfterCompletion(synchronizations, commit
                ? TransactionSynchronization.STATUS_COMMITTED : TransactionSynchronization.STATUS_ROLLED_BACK);
    }
}
