package io.kexiang.ingest.snmp;

import io.kexiang.shared.Text;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.snmp4j.security.AuthHMAC128SHA224;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.AuthHMAC256SHA384;
import org.snmp4j.security.AuthHMAC384SHA512;
import org.snmp4j.security.AuthMD5;
import org.snmp4j.security.AuthSHA;
import org.snmp4j.security.Priv3DES;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.PrivAES192;
import org.snmp4j.security.PrivAES256;
import org.snmp4j.security.PrivDES;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.security.UsmUser;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;

/**
 * Configured SNMPv3 users into SNMP4J's user table. Each is added without an engine ID, so SNMP4J localises its
 * keys for every sending engine: one user serves all the network elements that share it.
 */
final class UsmUsers {

    private static final Map<String, OID> AUTH = Map.of("MD5", AuthMD5.ID, "SHA", AuthSHA.ID,
            "SHA224", AuthHMAC128SHA224.ID, "SHA256", AuthHMAC192SHA256.ID, "SHA384", AuthHMAC256SHA384.ID,
            "SHA512", AuthHMAC384SHA512.ID);
    private static final Map<String, OID> PRIV = Map.of("DES", PrivDES.ID, "3DES", Priv3DES.ID,
            "AES128", PrivAES128.ID, "AES", PrivAES128.ID, "AES192", PrivAES192.ID, "AES256", PrivAES256.ID);

    private UsmUsers() {
    }

    static SecurityProtocols protocols() {
        // An instance of our own (the protected constructor): SNMP4J's global one is shared by every receiver.
        SecurityProtocols protocols = new SecurityProtocols() {
        };
        protocols.addDefaultProtocols();
        protocols.addAuthenticationProtocol(new AuthMD5());
        protocols.addAuthenticationProtocol(new AuthSHA());
        protocols.addAuthenticationProtocol(new AuthHMAC128SHA224());
        protocols.addAuthenticationProtocol(new AuthHMAC192SHA256());
        protocols.addAuthenticationProtocol(new AuthHMAC256SHA384());
        protocols.addAuthenticationProtocol(new AuthHMAC384SHA512());
        protocols.addPrivacyProtocol(new PrivDES());
        protocols.addPrivacyProtocol(new Priv3DES());
        protocols.addPrivacyProtocol(new PrivAES128());
        protocols.addPrivacyProtocol(new PrivAES192());
        protocols.addPrivacyProtocol(new PrivAES256());
        return protocols;
    }

    static void addAll(USM usm, List<UsmUserSettings> users) {
        users.forEach(user -> add(usm, user));
    }

    /** Adds the user, replacing one of the same name (and the keys SNMP4J localised for it). */
    static void add(USM usm, UsmUserSettings user) {
        OctetString name = new OctetString(user.name());
        usm.removeAllUsers(name);
        usm.addUser(name, new UsmUser(name, protocol(AUTH, user.authProtocol(), user),
                passphrase(user.authPassphrase()), protocol(PRIV, user.privProtocol(), user),
                passphrase(user.privPassphrase())));
    }

    /**
     * What is wrong with a user, or null: unknown protocols, privacy without authentication, passphrases shorter
     * than RFC 3414's 8 characters. The passphrases themselves never appear in the answer.
     */
    static Text problem(UsmUserSettings user) {
        Text unknown = unknown(AUTH, user.authProtocol());
        if (unknown != null || (unknown = unknown(PRIV, user.privProtocol())) != null) {
            return unknown;
        }
        OID auth = protocol(AUTH, user.authProtocol(), user);
        OID priv = protocol(PRIV, user.privProtocol(), user);
        if (priv != null && auth == null) {
            return Text.of("snmp.privNeedsAuth");
        }
        if (auth != null && tooShort(user.authPassphrase()) || priv != null && tooShort(user.privPassphrase())) {
            return Text.of("snmp.passphraseShort", 8);
        }
        return null;
    }

    private static Text unknown(Map<String, OID> known, String name) {
        if (name == null || name.isBlank() || known.containsKey(key(name))) {
            return null;
        }
        return Text.of("snmp.unknownProtocol", name, String.join(", ", new TreeSet<>(known.keySet())));
    }

    private static String key(String protocol) {
        return protocol.toUpperCase(Locale.ROOT).replace("-", "");
    }

    private static boolean tooShort(String passphrase) {
        return passphrase == null || passphrase.length() < 8;
    }

    private static OID protocol(Map<String, OID> known, String name, UsmUserSettings user) {
        if (name == null || name.isBlank()) {
            return null;
        }
        OID protocol = known.get(key(name));
        if (protocol == null) {
            throw new IllegalArgumentException("SNMPv3 user " + user.name() + ": unknown protocol " + name
                    + "; one of " + known.keySet());
        }
        return protocol;
    }

    private static OctetString passphrase(String passphrase) {
        return passphrase == null || passphrase.isBlank() ? null : new OctetString(passphrase);
    }
}
