package io.kexiang.ingest.received;

/**
 * A variable binding as received, out of SNMP4J's types: the OID, the SMI syntax SNMP4J read, and the value
 * (numbers and addresses as text, OCTET STRINGs as their bytes).
 */
public record Varbind(String oid, String syntax, String text, byte[] octets) {
}
