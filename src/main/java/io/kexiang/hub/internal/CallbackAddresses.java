package io.kexiang.hub.internal;

import io.kexiang.shared.Text;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Where a hub listener may be called back: an absolute http(s) URL whose host is public, or listed in
 * {@code kexiang.hub.allowed-hosts}. A callback to a loopback, link-local, private, shared (100.64/10) or
 * unspecified address is refused unless listed: otherwise anyone with an NMS token could make Kexiang post to its
 * own actuator, the PostgreSQL port or a cloud metadata service (server-side request forgery). Checked when a
 * listener registers and again before every delivery, since a name can come to resolve elsewhere.
 */
@Component("hubCallbacks")
@EnableConfigurationProperties(HubSettings.class)
public class CallbackAddresses {

    private final List<String> allowed;

    CallbackAddresses(HubSettings settings) {
        this.allowed = settings.allowedHosts().stream().map(host -> host.trim().toLowerCase(Locale.ROOT))
                .filter(host -> !host.isEmpty()).toList();
    }

    /** Why the URL may not be called back, or empty when it may. */
    public Optional<Text> refusal(String url) {
        URI uri;
        try {
            uri = url == null ? null : new URI(url.trim());
        } catch (URISyntaxException e) {
            return Optional.of(Text.of("hub.callbackUrl"));
        }
        if (uri == null || uri.getHost() == null || uri.getScheme() == null
                || !List.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))) {
            return Optional.of(Text.of("hub.callbackUrl"));
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT).replaceAll("^\\[|]$", "");
        if (allowed.stream().anyMatch(entry -> namedBy(entry, host))) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Optional.of(Text.of("hub.callbackUnknownHost", host));
        }
        for (InetAddress address : addresses) {
            if (internal(address) && allowed.stream().noneMatch(entry -> inBlock(entry, address))) {
                return Optional.of(Text.of("hub.callbackInternal", host, address.getHostAddress()));
            }
        }
        return Optional.empty();
    }

    /** For the hub route: refuses the delivery (a failed attempt, retried later) when the URL is not allowed. */
    public void check(String url) {
        refusal(url).ifPresent(why -> {
            throw new IllegalStateException("callback refused: " + why);
        });
    }

    private static boolean namedBy(String entry, String host) {
        if (entry.startsWith("*.")) {
            return host.endsWith(entry.substring(1));
        }
        return entry.equals(host);
    }

    private static boolean inBlock(String entry, InetAddress address) {
        if (!Character.isDigit(entry.charAt(0)) && !entry.contains(":")) {
            return false; // a host name, not an address or block: never resolved here
        }
        int slash = entry.indexOf('/');
        try {
            InetAddress network = InetAddress.getByName(slash < 0 ? entry : entry.substring(0, slash));
            byte[] want = network.getAddress();
            byte[] have = address.getAddress();
            if (want.length != have.length) {
                return false;
            }
            int bits = slash < 0 ? want.length * 8 : Integer.parseInt(entry.substring(slash + 1));
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((want[i / 8] & mask) != (have[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException | NumberFormatException e) {
            return false;
        }
    }

    static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // unique local fc00::/7
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first == 100 && second >= 64 && second < 128 // shared address space (carrier-grade NAT)
                || first == 0; // "this network"
    }
}
