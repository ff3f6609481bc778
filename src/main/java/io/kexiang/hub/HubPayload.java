package io.kexiang.hub;

import java.util.Map;

/**
 * How one TMF API's resources appear in the notifications its hub sends: {@code {"event": {"alarm": {…}}}}.
 * Each API's module provides one.
 */
public interface HubPayload {

    /** The API as in its path, e.g. {@code alarmManagement}, {@code troubleTicket}. */
    String api();

    /** The resource's name in the event, e.g. {@code alarm}, {@code troubleTicket}. */
    String resource();

    /** The resource as the API shows it, read now. */
    Map<String, Object> render(long id);

    /** Several resources as the API shows them, read now; those that cannot be (gone) are left out. */
    default Map<Long, Map<String, Object>> renderAll(java.util.List<Long> ids) {
        Map<Long, Map<String, Object>> rendered = new java.util.HashMap<>();
        for (long id : ids) {
            try {
                rendered.put(id, render(id));
            } catch (RuntimeException gone) {
                // its message is rendered (and fails) on its own
            }
        }
        return rendered;
    }
}
