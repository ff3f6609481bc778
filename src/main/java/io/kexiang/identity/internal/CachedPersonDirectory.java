package io.kexiang.identity.internal;

import io.kexiang.identity.PersonDirectory;
import io.kexiang.identity.PersonRef;
import io.kexiang.identity.Role;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import io.kexiang.shared.cluster.ClusterSignal;
import org.springframework.context.annotation.Primary;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The look-ups every ticket and escalation makes (the account manager of a customer with a new ticket, the people
 * of a role) from memory: a storm of two thousand tickets is two thousand notices, not two thousand queries. Emptied
 * whenever a person or a department is written ({@link PeopleChanges}) here or on another node of a cluster, and
 * at most a minute old in any case (a signal lost with the connection it came on).
 */
@Primary
@Component
class CachedPersonDirectory implements PersonDirectory {

    static final String SIGNAL = "people";
    private static final Duration MOST = Duration.ofMinutes(1);

    private final JpaPersonDirectory database;
    private final Map<Object, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    CachedPersonDirectory(JpaPersonDirectory database) {
        this.database = database;
    }

    @EventListener
    void on(ClusterSignal signal) {
        if (signal.concerns(SIGNAL)) {
            invalidate();
        }
    }

    /** Forgets everything: a person or department was written. */
    void invalidate() {
        generation.incrementAndGet();
        entries.clear();
    }

    @Override
    public Optional<PersonRef> byEmployeeId(String employeeId) {
        return cached("employee:" + employeeId, () -> database.byEmployeeId(employeeId));
    }

    @Override
    public List<PersonRef> withRole(Role role) {
        return cached(role, () -> database.withRole(role));
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(Object key, Supplier<T> load) {
        long now = System.nanoTime();
        Entry entry = entries.get(key);
        if (entry != null && now - entry.loadedAt() < MOST.toNanos()) {
            return (T) entry.value();
        }
        // A write between the load and the put would leave a stale entry behind: then it is not kept.
        long before = generation.get();
        T value = load.get();
        if (generation.get() == before) {
            entries.put(key, new Entry(value, now));
        }
        return value;
    }

    @Override
    public Optional<PersonRef> byId(long id) {
        return database.byId(id);
    }

    @Override
    public Map<String, PersonRef> byEmployeeIds(Collection<String> employeeIds) {
        return database.byEmployeeIds(employeeIds);
    }

    @Override
    public List<PersonRef> managersOf(String employeeId) {
        return database.managersOf(employeeId);
    }

    @Override
    public List<String> departmentsOf(String employeeId) {
        return database.departmentsOf(employeeId);
    }

    @Override
    public List<PersonRef> inDepartment(String department) {
        return database.inDepartment(department);
    }

    @Override
    public List<PersonRef> managersOfDepartment(String department) {
        return database.managersOfDepartment(department);
    }

    @Override
    public Map<Long, PersonRef> byIds(Collection<Long> ids) {
        return database.byIds(ids);
    }

    private record Entry(Object value, long loadedAt) {
    }
}
