package io.kexiang.mib;

/** A name defined by a MIB module, such as {@code IF-MIB::linkDown} at {@code 1.3.6.1.6.3.1.1.5.3}. */
public record MibSymbol(String module, String name, String oid) {

    public String qualifiedName() {
        return module + "::" + name;
    }
}
