package io.kexiang.ingest.snmp;

import io.kexiang.ingest.SnmpAccess;
import io.kexiang.ingest.TrapPorts;
import io.kexiang.shared.Blank;
import io.kexiang.shared.ConflictException;
import io.kexiang.shared.FieldProblem;
import io.kexiang.shared.InvalidInputException;
import io.kexiang.shared.NotFoundException;
import io.kexiang.shared.Text;
import io.kexiang.shared.cluster.ClusterSignals;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Component
@PreAuthorize("hasRole('ADMIN')")
class SnmpAccessAdmin implements SnmpAccess {

    static final String SIGNAL = "snmp-users";

    private final SnmpUserStore store;
    private final ClusterSignals signals;
    private final SnmpTrapReceiver receiver;
    private final SnmpSettings settings;
    private final TrapPorts ports;
    private final Clock clock;

    SnmpAccessAdmin(SnmpUserStore store, SnmpTrapReceiver receiver, SnmpSettings settings, TrapPorts ports,
            Clock clock, ClusterSignals signals) {
        this.store = store;
        this.signals = signals;
        this.receiver = receiver;
        this.settings = settings;
        this.ports = ports;
        this.clock = clock;
    }

    @Override
    public Receiver receiver() {
        return new Receiver(settings.listenAddress(), ports.udpPort(), receiver.tcpPort(),
                settings.communities().stream().map(SnmpAccessAdmin::masked).toList(), settings.requireKnownSource(),
                settings.trustedSources());
    }

    @Override
    public List<User> users() {
        List<User> users = new ArrayList<>();
        settings.users().forEach(user -> users.add(new User(user.name(), user.authProtocol(), user.privProtocol(),
                "configuration", null, null)));
        store.list().forEach(user -> users.add(new User(user.name(), user.authProtocol(), user.privProtocol(), "api",
                user.createdAt(), user.createdBy())));
        return users;
    }

    @Override
    @Transactional
    public boolean put(String name, String authProtocol, String authPassphrase, String privProtocol,
            String privPassphrase, String by) {
        if (name == null || !name.matches("[A-Za-z0-9._-]{1,32}")) {
            throw InvalidInputException.badRequest(List.of(FieldProblem.of("name", name, Text.of("snmp.userName"))));
        }
        if (settings.users().stream().anyMatch(user -> user.name().equals(name))) {
            throw new ConflictException(Text.of("snmp.userConfigured", name));
        }
        UsmUserSettings user = new UsmUserSettings(name, Blank.toNull(authProtocol), authPassphrase,
                Blank.toNull(privProtocol), privPassphrase);
        Text problem = UsmUsers.problem(user);
        if (problem != null) {
            throw InvalidInputException.badRequest(List.of(FieldProblem.of("user", name, problem)));
        }
        boolean created = store.save(user, by, clock.instant());
        receiver.putUser(user);
        signalOnCommit();
        return created;
    }

    @Override
    @Transactional
    public void remove(String name) {
        if (!store.delete(name)) {
            throw new NotFoundException("snmpUser", name);
        }
        receiver.removeUser(name);
        signalOnCommit();
    }

    /** The other nodes of a cluster take the users again once the change is committed. */
    private void signalOnCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                signals.signal(SIGNAL);
            }
        });
    }

    /** A community is a shared secret: that it is set, and how it begins. */
    private static String masked(String community) {
        return community.substring(0, Math.min(2, community.length())) + "***";
    }
}
