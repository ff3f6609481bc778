package io.kexiang.ingest;

import java.time.Instant;
import java.util.List;

/**
 * Who may send traps: the receiver's addresses, v1/v2c communities and source rules (configuration), and the
 * SNMPv3 users, those of the configuration and those added at run time (passphrases sealed, never shown).
 */
public interface SnmpAccess {

    /** {@code source}: {@code configuration} (changed only there) or {@code api} (added here or by the API). */
    record User(String name, String authProtocol, String privProtocol, String source, Instant createdAt,
                String createdBy) {
    }

    /** As configured; communities masked (their first two characters), ports as bound (TCP -1: not listening). */
    record Receiver(String listenAddress, int udpPort, int tcpPort, List<String> communities,
                    boolean requireKnownSource, List<String> trustedSources) {
    }

    Receiver receiver();

    List<User> users();

    /**
     * Adds or changes a user; the receiver takes it at once.
     *
     * @return true when the user is new
     * @throws io.kexiang.shared.InvalidInputException naming the bad name, protocol or passphrase
     * @throws io.kexiang.shared.ConflictException when the configuration has a user of that name
     */
    boolean put(String name, String authProtocol, String authPassphrase, String privProtocol, String privPassphrase,
            String by);

    /** @throws io.kexiang.shared.NotFoundException when no user of that name was added at run time */
    void remove(String name);
}
