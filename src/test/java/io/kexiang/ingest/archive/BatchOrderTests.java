package io.kexiang.ingest.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class BatchOrderTests {

    private final BatchOrder order = new BatchOrder();

    @Test
    void aBatchWaitsForItsTurnUntilEveryEarlierBatchIsCompleted() throws Exception {
        List<Long> handled = new CopyOnWriteArrayList<>();
        Thread second = thread(() -> {
            order.awaitTurn(1);
            handled.add(1L);
            order.completed(1);
        });
        awaitWaiting(second);
        assertThat(handled).isEmpty();

        handled.add(0L);
        order.completed(0);
        second.join(5_000);
        assertThat(handled).containsExactly(0L, 1L);
    }

    @Test
    void aBatchCompletedBeforeTheOneBeforeItDoesNotMoveTheOrderBack() throws Exception {
        // Batch 1 had nothing for the handlers and finished first; batch 2 must still wait for batch 0.
        Thread first = thread(() -> order.completed(1));
        awaitWaiting(first);
        Thread third = thread(() -> order.awaitTurn(2));
        awaitWaiting(third);

        order.completed(0);
        first.join(5_000);
        third.join(5_000);
        assertThat(first.isAlive()).isFalse();
        assertThat(third.isAlive()).isFalse();
    }

    private interface Blocking {
        void run() throws InterruptedException;
    }

    private static Thread thread(Blocking body) {
        Thread thread = new Thread(() -> {
            try {
                body.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        thread.start();
        return thread;
    }

    private static void awaitWaiting(Thread thread) {
        await().atMost(Duration.ofSeconds(5)).until(() -> thread.getState() == Thread.State.WAITING);
    }
}
