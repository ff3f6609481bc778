package io.kexiang.ingest.snmp;

/**
 * An SNMPv3 user the receiver accepts. Protocols: auth {@code MD5}, {@code SHA}, {@code SHA224}, {@code SHA256},
 * {@code SHA384}, {@code SHA512}; privacy {@code DES}, {@code 3DES}, {@code AES128}, {@code AES192},
 * {@code AES256}; a null protocol means none (authNoPriv, noAuthNoPriv).
 */
record UsmUserSettings(String name, String authProtocol, String authPassphrase, String privProtocol,
                       String privPassphrase) {

    /** Passphrases never reach a log line or an error message. */
    @Override
    public String toString() {
        return "UsmUser[name=" + name + ", auth=" + authProtocol + ", priv=" + privProtocol + ", passphrases=****]";
    }
}
