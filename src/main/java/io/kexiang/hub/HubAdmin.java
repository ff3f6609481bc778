package io.kexiang.hub;

import java.util.List;
import java.util.Map;

/** The TMF642/TMF621 hub's listeners for the console's administration: who listens, how delivery goes, removal. */
public interface HubAdmin {

    /**
     * Every subscription, oldest first: api, callback, query, who registered it and when, and its last thousand
     * events by state (delivered, pending, failed) with the newest error.
     */
    List<Map<String, Object>> subscriptions();

    /** Removes the subscription and gives up what is still owed to it; false when there was none. */
    boolean remove(long id);
}
