package io.kexiang.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * IP address literals in one canonical spelling, so that an address typed into the inventory matches the source
 * address of a trap. Never resolves a host name: that would put DNS on the hot path.
 */
public final class NetworkAddress {

    private static final Pattern IPV4 =
            Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+");

    private NetworkAddress() {
    }

    /** The canonical form of an IPv4 or IPv6 literal, or empty when {@code text} is not one. */
    public static Optional<String> canonical(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        if (IPV4.matcher(trimmed).matches()) {
            return Optional.of(trimmed);
        }
        if (trimmed.indexOf(':') >= 0 && IPV6_CHARS.matcher(trimmed).matches()) {
            try {
                return Optional.of(InetAddress.getByName(trimmed).getHostAddress());
            } catch (UnknownHostException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
