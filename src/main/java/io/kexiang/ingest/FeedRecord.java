package io.kexiang.ingest;

import java.util.Map;

/**
 * An alarm record an NMS hands over through an API (TMF642), before it is archived and normalised: its fields by
 * name, as a file drop's columns are, and the body exactly as it arrived.
 *
 * @param source the NMS (its source system id), which is also its source for reduction keys
 * @param kind what the body is, e.g. {@code TMF642}
 * @param notification the rule the record is normalised by, e.g. {@code TMF642::alarm}
 * @param networkElement the network element as the NMS names it
 */
public record FeedRecord(String transport, String source, String kind, String notification, String networkElement,
                         Map<String, String> fields, byte[] raw) {
}
