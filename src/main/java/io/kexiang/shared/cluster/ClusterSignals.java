package io.kexiang.shared.cluster;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Tells the other nodes of a cluster that something they keep in memory changed, through PostgreSQL's
 * {@code NOTIFY} (the database every node has). Each node listens on one connection and publishes what others
 * signal as a {@link ClusterSignal}. A single node has nobody to tell: then nothing is sent and nothing listens.
 */
@Component
public class ClusterSignals implements SmartLifecycle {

    static final String CHANNEL = "kexiang_signals";
    private static final Logger log = LoggerFactory.getLogger(ClusterSignals.class);

    /** This node, so that it does not act on its own signals (it has acted already). */
    private final String node = UUID.randomUUID().toString();
    private final boolean clustered;
    private final DataSource dataSource;
    private final ApplicationEventPublisher events;
    private volatile boolean running;
    private Thread listener;

    ClusterSignals(@Value("${kexiang.cluster.kafka.enabled:false}") boolean clustered, DataSource dataSource,
            ApplicationEventPublisher events) {
        this.clustered = clustered;
        this.dataSource = dataSource;
        this.events = events;
    }

    /**
     * Sends at once, on a connection of its own, outside any transaction: call it once the change is committed (an
     * after-commit listener or synchronization), so that no node reads the state before it. A signal that cannot
     * be sent is logged: the other nodes are then behind until the next change.
     */
    public void signal(String topic) {
        if (!clustered) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            connection.setAutoCommit(true);
            notify.setString(1, CHANNEL);
            notify.setString(2, node + " " + topic);
            notify.execute();
        } catch (SQLException e) {
            log.warn("The other nodes could not be told that {} changed: {}", topic, e.getMessage());
        }
    }

    @Override
    public synchronized void start() {
        if (!clustered) {
            return;
        }
        running = true;
        listener = new Thread(this::listen, "cluster-signals");
        listener.setDaemon(true);
        listener.start();
    }

    private void listen() {
        boolean reconnecting = false;
        while (running) {
            try (Connection connection = dataSource.getConnection(); Statement listen = connection.createStatement()) {
                connection.setAutoCommit(true);
                listen.execute("listen " + CHANNEL);
                if (reconnecting) {
                    log.info("Listening for the other nodes' signals again; refreshing everything they may have "
                            + "signalled meanwhile");
                    events.publishEvent(new ClusterSignal(ClusterSignal.EVERYTHING));
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(1000);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            received(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Listening for the other nodes' signals failed ({}); again in a second", e.getMessage());
                    reconnecting = true;
                    pause();
                }
            }
        }
    }

    private void received(String payload) {
        int space = payload.indexOf(' ');
        if (space > 0 && !payload.substring(0, space).equals(node)) {
            events.publishEvent(new ClusterSignal(payload.substring(space + 1)));
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (listener != null) {
            try {
                listener.join(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            listener = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
