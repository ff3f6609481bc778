package io.kexiang.ingest;

/** For feeds that answer their sender (REST): archive and normalise a record now, in the caller's transaction. */
public interface FeedArchive {

    ArchivedEvent archive(FeedRecord record);
}
