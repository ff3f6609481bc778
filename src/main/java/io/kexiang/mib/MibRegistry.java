package io.kexiang.mib;

import java.util.Optional;

/** Names for OIDs, from the MIB modules compiled at start-up or at the last reload. */
public interface MibRegistry {

    /** The notification with this trap OID (SMIv2, or an SMIv1 TRAP-TYPE converted as RFC 3584 says). */
    Optional<MibSymbol> notification(String oid);

    /** The object a variable binding's OID is an instance of, and the index that follows it. */
    Optional<ObjectInstance> objectInstance(String oid);

    /** Recompiles the MIB folder; lookups switch to the new modules when it is done. */
    MibReport reload();

    MibReport report();
}
