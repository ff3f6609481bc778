package io.kexiang.inventory.resolver;

import io.kexiang.inventory.CircuitMatch;
import io.kexiang.inventory.CircuitResolver;
import io.kexiang.inventory.InventoryChanged;
import io.kexiang.inventory.NetworkElementRef;
import io.kexiang.inventory.ResolveQuery;
import io.kexiang.shared.cluster.ClusterSignal;
import io.kexiang.shared.cluster.ClusterSignals;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Serves lookups from the current {@link ResolverIndex} and replaces it after inventory changes commit. A burst
 * of changes (an import, many edits) is coalesced into one rebuild; lookups meanwhile see the previous snapshot.
 * In a cluster the other nodes are told ({@link ClusterSignals}), and rebuild theirs.
 */
@Component
class InMemoryCircuitResolver implements CircuitResolver, SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(InMemoryCircuitResolver.class);

    static final String SIGNAL = "inventory";

    private final ResolverIndexLoader loader;
    private final ClusterSignals signals;
    private final Duration debounce;
    private final Timer refreshTimer;
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(
            runnable -> {
                Thread thread = new Thread(runnable, "resolver-refresh");
                thread.setDaemon(true);
                return thread;
            });
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private volatile ResolverIndex index = ResolverIndex.EMPTY;

    InMemoryCircuitResolver(ResolverIndexLoader loader, ClusterSignals signals, MeterRegistry meters,
            @Value("${kexiang.inventory.resolver.refresh-debounce:500ms}") Duration debounce) {
        this.loader = loader;
        this.signals = signals;
        this.debounce = debounce;
        this.refreshTimer = Timer.builder("kexiang.resolver.refresh").register(meters);
        meters.gauge("kexiang.resolver.circuits", this, InMemoryCircuitResolver::circuitCount);
    }

    @Override
    public List<CircuitMatch> resolve(ResolveQuery query) {
        return index.resolve(query);
    }

    @Override
    public Optional<NetworkElementRef> networkElement(String nameOrAddress) {
        return index.networkElement(nameOrAddress);
    }

    @Override
    public int interfaceCount(String nameOrAddress) {
        return index.interfaceCount(nameOrAddress);
    }

    @Override
    public int circuitCount() {
        return index.circuitCount();
    }

    @Override
    public void afterSingletonsInstantiated() {
        refresh();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(InventoryChanged change) {
        refreshSoon();
        // Every change, not only those that start a refresh here: another node's refresh may be under way already.
        signals.signal(SIGNAL);
    }

    @EventListener
    void on(ClusterSignal signal) {
        if (signal.concerns(SIGNAL)) {
            refreshSoon();
        }
    }

    private void refreshSoon() {
        if (refreshPending.compareAndSet(false, true)) {
            refresher.schedule(() -> {
                refreshPending.set(false);
                refresh();
            }, debounce.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void refresh() {
        try {
            index = refreshTimer.recordCallable(loader::load);
            log.info("Resolver index rebuilt: {} circuits", index.circuitCount());
        } catch (Exception e) {
            log.error("Resolver index rebuild failed; lookups keep the previous snapshot", e);
        }
    }

    @Override
    public void destroy() {
        refresher.shutdownNow();
    }
}
