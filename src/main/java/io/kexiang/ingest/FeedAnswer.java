package io.kexiang.ingest;

import java.util.Map;

/**
 * What a REST feed answers its sender once the record is archived and handled: for TMF642's {@code POST alarm},
 * the alarm the record made. The module that made it answers (the alarm module), so that the feed need not know
 * it.
 */
public interface FeedAnswer {

    /** The notification of the records this answers ({@code TMF642::alarm}). */
    String notification();

    /** The resource the record made, with its href, read in the feed's transaction. */
    Answer answer(ArchivedEvent archived);

    record Answer(String href, Map<String, Object> resource) {
    }
}
