package io.kexiang.identity.internal;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import io.kexiang.shared.cluster.ClusterSignals;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Empties the people cache when a person or department is written (their roles included: a changed collection
 * raises the person's version). Once at the write, and again when its transaction ends, so that nobody reading in
 * between caches what is about to change. The other nodes of a cluster are told once it is committed.
 */
class PeopleChanges {

    /** Looked up when first needed: the cache's own database look-ups need the entity manager this belongs to. */
    private final ObjectProvider<CachedPersonDirectory> caches;
    private final ObjectProvider<ClusterSignals> signals;

    PeopleChanges(ObjectProvider<CachedPersonDirectory> caches, ObjectProvider<ClusterSignals> signals) {
        this.caches = caches;
        this.signals = signals;
    }

    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object entity) {
        CachedPersonDirectory cache = caches.getObject();
        cache.invalidate();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cache.invalidate();
                    if (status == STATUS_COMMITTED) {
                        signals.getObject().signal(CachedPersonDirectory.SIGNAL);
                    }
                }
            });
        }
    }
}
