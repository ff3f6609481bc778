package io.kexiang.ingest.archive;

import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lets several archive writers overlap without reordering anything the handlers see. Batches are numbered as they
 * leave the queue; each writer stores its batch's raw rows at once, but hands the batch to the handlers only when
 * every batch before it is handled and committed. So the alarm intake meets events in queue order and sees what
 * the batches before wrote, exactly as with one writer, while the next batch's archive rows are already going in.
 */
final class BatchOrder {

    private final ReentrantLock draining = new ReentrantLock();
    private long numbered;
    private long completed;

    /** Drains the next batch into {@code into} and returns its number, or -1 when nothing came in the wait. */
    long drain(IngestQueue queue, List<QueuedEvent> into, int max, long waitMillis) throws InterruptedException {
        draining.lockInterruptibly();
        try {
            return queue.drain(into, max, waitMillis) == 0 ? -1 : numbered++;
        } finally {
            draining.unlock();
        }
    }

    /** Waits until every batch numbered before {@code number} has been completed. */
    synchronized void awaitTurn(long number) throws InterruptedException {
        while (completed < number) {
            wait();
        }
    }

    /**
     * The batch is handled and committed: the next one may go to the handlers. A batch that had nothing for the
     * handlers (all refused, say) may get here before the one before it, so it waits for its turn first.
     */
    synchronized void completed(long number) throws InterruptedException {
        awaitTurn(number);
        completed = number + 1;
        notifyAll();
    }
}
