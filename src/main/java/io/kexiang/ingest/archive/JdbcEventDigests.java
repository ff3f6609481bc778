package io.kexiang.ingest.archive;

import io.kexiang.ingest.EventDigests;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

@Component
class JdbcEventDigests implements EventDigests {

    private final JdbcTemplate jdbc;

    JdbcEventDigests(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Digest> of(Collection<Ref> refs) {
        Map<Long, Digest> digests = new HashMap<>();
        if (refs.isEmpty()) {
            return digests;
        }
        jdbc.query("""
                select r.id, r.notification, r.source_address, r.additional_text
                from unnest(?::bigint[], ?::text[]::timestamptz[]) as wanted(id, received_at)
                join raw_event r on r.id = wanted.id and r.received_at = wanted.received_at""", rs -> {
                    digests.put(rs.getLong(1), new Digest(rs.getString(2), rs.getString(3), rs.getString(4)));
                }, refs.stream().map(Ref::id).toArray(Long[]::new),
                // ISO-8601 with its offset: an array of java.sql.Timestamp goes as local times, which the
                // server would read in its session's zone and match nothing.
                refs.stream().map(ref -> ref.receivedAt().toString()).toArray(String[]::new));
        return digests;
    }
}
