package io.kexiang.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Where on a network element an event is: the interface and the circuit identifiers of its kind. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Resource(Integer ifIndex, String ifName, Integer dlci, Integer vpi, Integer vci, String vrf,
                       String e1Line) {

    public static final Resource NONE = new Resource(null, null, null, null, null, null, null);
}
