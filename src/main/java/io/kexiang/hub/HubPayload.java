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
}
