package io.kexiang.shared.database;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rows a transaction writes in one statement just before it commits, instead of a round trip each: a batch of
 * alarms' ticket candidates, a storm's notices. Without a transaction a row is written at once. Whoever reads what
 * the transaction wrote calls {@link #flush()} first. (Rows added by another synchronization's own before-commit
 * work would come too late; nothing adds them there.)
 *
 * @param <T> a row as the writer takes it
 */
public final class BeforeCommit<T> {

    private final Consumer<List<T>> writer;

    /** @param writer writes rows, a list at a time */
    public BeforeCommit(Consumer<List<T>> writer) {
        this.writer = writer;
    }

    public void add(T row) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            writer.accept(List.of(row));
            return;
        }
        pending().add(row);
    }

    /** Writes what the current transaction holds so far. */
    public void flush() {
        @SuppressWarnings("unchecked")
        List<T> rows = TransactionSynchronizationManager.isSynchronizationActive()
                ? (List<T>) TransactionSynchronizationManager.getResource(this) : null;
        if (rows != null && !rows.isEmpty()) {
            writer.accept(List.copyOf(rows));
            rows.clear();
        }
    }

    @SuppressWarnings("unchecked")
    private List<T> pending() {
        List<T> pending = (List<T>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            List<T> rows = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(this, rows);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    // Not flush(): a synchronization has a flush() of its own (the ORM session's).
                    BeforeCommit.this.flush();
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(BeforeCommit.this);
                }
            });
            pending = rows;
        }
        return pending;
    }
}
