package io.kexiang.ingest.received;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A variable binding with the names the MIBs give it: {@code ifOperStatus}, index {@code 5}, value {@code 2},
 * label {@code down}. {@code object} is null when no MIB names the OID.
 */
public record NamedVarbind(String oid, String object, String module, String index, String type, String value,
                           String label) {

    /** The value as an engineer reads it: the enumeration label when there is one. */
    public String reading() {
        return label != null ? label : value;
    }

    public Map<String, Object> asJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("oid", oid);
        if (object != null) {
            json.put("name", index.isEmpty() || index.equals("0") ? object : object + "." + index);
            json.put("module", module);
        }
        json.put("type", type);
        json.put("value", value);
        if (label != null) {
            json.put("label", label);
        }
        return json;
    }
}
