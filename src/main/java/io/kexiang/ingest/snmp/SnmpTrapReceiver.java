package io.kexiang.ingest.snmp;

import io.kexiang.ingest.TrapPorts;
import io.kexiang.ingest.archive.IngestQueue;
import io.kexiang.ingest.archive.Ingestion;
import io.kexiang.ingest.journal.DatagramJournal;
import io.kexiang.ingest.journal.JournalEntry;
import io.kexiang.ingest.journal.JournalReplay;
import io.kexiang.ingest.received.ReceivedEvent;
import io.kexiang.inventory.CircuitResolver;
import io.kexiang.inventory.NetworkElementRef;
import io.kexiang.shared.IntakeBacklog;
import io.kexiang.shared.cluster.ClusterSignal;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.snmp4j.Snmp;
import org.snmp4j.event.CounterListener;
import org.snmp4j.mp.CounterSupport;
import org.snmp4j.mp.MPv1;
import org.snmp4j.mp.MPv2c;
import org.snmp4j.mp.MPv3;
import org.snmp4j.security.SecurityModel;
import org.snmp4j.security.SecurityModels;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.TcpAddress;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.transport.DefaultTcpTransportMapping;
import org.snmp4j.transport.DefaultUdpTransportMapping;
import org.snmp4j.util.DefaultPDUFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The trap port: one UDP socket (and optionally a TCP one) for SNMPv1, v2c and v3. The listen thread decodes and hands over to the bounded
 * ingest queue; it never waits on the database.
 */
@Component
@EnableConfigurationProperties(SnmpSettings.class)
class SnmpTrapReceiver implements SmartLifecycle, TrapPorts, IntakeBacklog {

    private static final Logger log = LoggerFactory.getLogger(SnmpTrapReceiver.class);

    private final SnmpSettings settings;
    private final Ingestion queue;
    private final CircuitResolver resolver;
    private final Clock clock;
    private final Set<String> globalCommunities;
    private final SnmpUserStore users;
    private final MeterRegistry meters;
    private final DatagramJournal journal;
    private final JournalReplay replay;
    private volatile CapturingDispatcher dispatcher;
    private volatile USM usm;
    private Snmp snmp;
    private CounterListener reasons;
    private DefaultUdpTransportMapping transport;
    private DefaultTcpTransportMapping tcp;

    SnmpTrapReceiver(SnmpSettings settings, Ingestion queue, CircuitResolver resolver, Clock clock,
            SnmpUserStore users, DatagramJournal journal, JournalReplay replay, MeterRegistry meters) {
        this.journal = journal;
        this.replay = replay;
        this.users = users;
        this.meters = meters;
        this.settings = settings;
        this.queue = queue;
        this.resolver = resolver;
        this.clock = clock;
        this.globalCommunities = Set.copyOf(settings.communities());
    }

    @Override
    public synchronized void start() {
        if (!settings.enabled()) {
            return;
        }
        try {
            dispatcher = new CapturingDispatcher(this::handOver, clock, settings.datagramQueueCapacity(), journal,
                    meters);
            dispatcher.addMessageProcessingModel(new MPv1());
            dispatcher.addMessageProcessingModel(new MPv2c());
            dispatcher.addMessageProcessingModel(v3(dispatcher));
            transport = new DefaultUdpTransportMapping(
                    new UdpAddress(settings.listenAddress() + "/" + settings.port()), true);
            transport.setReceiveBufferSize(settings.receiveBufferBytes());
            snmp = new Snmp(dispatcher, transport);
            if (settings.tcpPort() >= 0) {
                tcp = new DefaultTcpTransportMapping(
                        new TcpAddress(settings.listenAddress() + "/" + settings.tcpPort()));
                snmp.addTransportMapping(tcp);
            }
            snmp.addCommandResponder(new TrapResponder(dispatcher, this::communitiesOf, this::isKnownSource,
                    this::handOver));
            CounterSupport.getInstance().addCounterListener(reasons);
            replayJournal();
            snmp.listen();
            log.info("SNMP trap receiver listening on udp {}:{} (SO_RCVBUF asked {} bytes, got {}){}; {}",
                    settings.listenAddress(), port(), settings.receiveBufferBytes(), transport.getReceiveBufferSize(),
                    tcp == null ? "" : " and tcp " + settings.listenAddress() + ":" + tcpPort(),
                    userNames(settings.users(), users.all()));
            if (settings.communities().isEmpty()) {
                log.warn("No SNMP community is configured (kexiang.ingest.snmp.communities): "
                        + "every v1/v2c trap is rejected");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen for traps on udp " + settings.listenAddress() + ":"
                    + settings.port(), e);
        }
    }

    /**
     * Before the port listens: the datagrams the journal kept that the archive lacks go first, in their order, through
     * the same decoding (an INFORM among them is answered again; its sender has long given up on the first answer or
     * resent it).
     */
    private void replayJournal() {
        List<JournalEntry> pending = replay.pending();
        try {
            for (JournalEntry entry : pending) {
                InetAddress host = InetAddress.getByName(entry.host());
                int port = entry.port() == null ? 0 : entry.port();
                if ("tcp".equals(entry.transport()) && tcp != null) {
                    dispatcher.replay(tcp, new TcpAddress(host, port), entry.raw(), entry.receivedAt(), entry.seq());
                } else {
                    dispatcher.replay(transport, new UdpAddress(host, port), entry.raw(), entry.receivedAt(),
                            entry.seq());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (UnknownHostException e) {
            throw new UncheckedIOException("A journaled datagram's sender is not an address", e);
        }
        if (!pending.isEmpty()) {
            log.info("Received again from the journal: {} datagrams", pending.size());
        }
    }

    /**
     * SNMPv3 with its own user table and counters, so that several receivers (test contexts) never share a user
     * or a reason for refusing one.
     */
    private MPv3 v3(CapturingDispatcher dispatcher) {
        CounterSupport counters = new CounterSupport();
        reasons = dispatcher.reasons();
        counters.addCounterListener(reasons);
        SecurityProtocols protocols = UsmUsers.protocols();
        byte[] engineId = MPv3.createLocalEngineID(new OctetString(settings.engineId()));
        usm = new USM(protocols, new OctetString(engineId), 0, counters);
        UsmUsers.addAll(usm, settings.users());
        // Users added through the API after those of the configuration: a stored user of the same name wins.
        UsmUsers.addAll(usm, users.all());
        SecurityModels models = SecurityModels.getCollection(new SecurityModel[] {usm});
        return new MPv3(engineId, new DefaultPDUFactory(), protocols, models, counters);
    }

    /** The SNMPv3 users by name, from the configuration and from the API (no passphrase, no protocol). */
    static String userNames(List<UsmUserSettings> configured, List<UsmUserSettings> stored) {
        return "SNMPv3 users: configured " + configured.stream().map(UsmUserSettings::name).toList()
                + ", added through the API " + stored.stream().map(UsmUserSettings::name).toList();
    }

    /**
     * From the decoder thread to the ingest queue, waiting for room: the datagram queue in front holds (and, when
     * full, counts) what arrives meanwhile, so the listen thread never waits.
     */
    private void handOver(ReceivedEvent event) {
        try {
            queue.put(event);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            queue.offer(event);
        }
    }

    /** A sender is known when it is trusted (an NMS) or a network element's management address. */
    private boolean isKnownSource(String address) {
        return !settings.requireKnownSource() || settings.trustedSources().contains(address)
                || resolver.networkElement(address).isPresent();
    }

    /** Takes a user added or changed through the API at once, without a restart. */
    void putUser(UsmUserSettings user) {
        USM current = usm;
        if (current != null) {
            UsmUsers.add(current, user);
        }
    }

    void removeUser(String name) {
        USM current = usm;
        if (current != null) {
            current.removeAllUsers(new OctetString(name));
        }
    }

    /** Another node of the cluster added, changed or removed a user: all of them again, from configuration and store. */
    @EventListener
    void on(ClusterSignal signal) {
        USM current = usm;
        if (current != null && signal.concerns(SnmpAccessAdmin.SIGNAL)) {
            List<UsmUserSettings> stored = users.all();
            // Added (or replaced) first and the removed ones taken away after: no trap of a kept user is refused.
            UsmUsers.addAll(current, settings.users());
            UsmUsers.addAll(current, stored);
            Set<String> kept = new java.util.HashSet<>();
            settings.users().forEach(user -> kept.add(user.name()));
            stored.forEach(user -> kept.add(user.name()));
            current.getUserTable().getUserEntries().stream().map(entry -> entry.getUserName().toString())
                    .filter(name -> !kept.contains(name)).distinct().toList()
                    .forEach(name -> current.removeAllUsers(new OctetString(name)));
            log.info("SNMPv3 users taken again after a change on another node: {}",
                    userNames(settings.users(), users.all()));
        }
    }

    /** The communities a sender may use: its network element's own list when it has one, else the global list. */
    private Set<String> communitiesOf(String address) {
        return resolver.networkElement(address).map(NetworkElementRef::trapCommunities)
                .filter(communities -> !communities.isEmpty()).<Set<String>>map(Set::copyOf)
                .orElse(globalCommunities);
    }

    /** The bound port; differs from the configured one when that is 0. */
    int port() {
        return transport == null ? -1 : transport.getListenAddress().getPort();
    }

    @Override
    public int udpPort() {
        return port();
    }

    /** The bound TCP port, or -1 when TCP is off. */
    int tcpPort() {
        return tcp == null ? -1 : tcp.getListenAddress().getPort();
    }

    @Override
    public synchronized void stop() {
        if (snmp != null) {
            try {
                snmp.close();
            } catch (IOException e) {
                log.warn("Closing the trap socket failed", e);
            }
            snmp = null;
        }
        if (dispatcher != null) {
            dispatcher.close();
            dispatcher = null;
        }
        if (reasons != null) {
            CounterSupport.getInstance().removeCounterListener(reasons);
        }
    }

    /** Datagrams received and not yet decoded (what waits after them is the {@link IngestQueue}'s). */
    @Override
    public long waiting() {
        CapturingDispatcher current = dispatcher;
        return current == null ? 0 : current.waiting();
    }

    @Override
    public boolean isRunning() {
        return snmp != null;
    }

    @Override
    public int getPhase() {
        // Start after the archive writer, stop before it, so nothing received is left unwritten.
        return IngestQueue.RECEIVER_PHASE;
    }
}
