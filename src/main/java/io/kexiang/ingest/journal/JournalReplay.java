package io.kexiang.ingest.journal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * At start-up, the journal's datagrams the archive does not have: those taken before the last stop that never got
 * committed (a kill -9, a power cut, a stop that could not drain). Each is archived exactly once: those already in
 * the archive (by their sequence number) are settled here, not passed on again.
 */
@Component
public class JournalReplay {

    private static final Logger log = LoggerFactory.getLogger(JournalReplay.class);

    private final DatagramJournal journal;
    private final JdbcTemplate jdbc;

    JournalReplay(DatagramJournal journal, JdbcTemplate jdbc) {
        this.journal = journal;
        this.jdbc = jdbc;
    }

    /** The datagrams to receive again, in the order they first came. */
    public List<JournalEntry> pending() {
        List<JournalEntry> entries = journal.unarchived();
        if (entries.isEmpty()) {
            return List.of();
        }
        long first = entries.get(0).seq();
        long last = entries.get(entries.size() - 1).seq();
        Set<Long> archived = new HashSet<>();
        // The BRIN index on journal_seq reads only the archive's newest blocks.
        jdbc.query("select journal_seq from raw_event where journal_seq between ? and ?",
                (RowCallbackHandler) rs -> archived.add(rs.getLong(1)), first, last);
        journal.settled(archived);
        List<JournalEntry> missing = entries.stream().filter(entry -> !archived.contains(entry.seq())).toList();
        log.info("The datagram journal holds {} datagrams from before this start: {} archived already, {} to be "
                + "received again", entries.size(), archived.size(), missing.size());
        return missing;
    }
}
