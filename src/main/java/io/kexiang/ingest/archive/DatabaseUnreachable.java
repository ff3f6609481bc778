package io.kexiang.ingest.archive;

import java.sql.SQLException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * A failure of the database as a whole (not running, restarting, shutting down, the connection lost), as against
 * one of an event's own rows: the batch is written again later as it is, and no event is blamed for it.
 */
final class DatabaseUnreachable {

    private DatabaseUnreachable() {
    }

    static boolean is(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // A transaction that cannot begin, commit or roll back is the connection's failure, never an event's.
            if (cause instanceof CannotCreateTransactionException || cause instanceof TransactionSystemException
                    || cause instanceof DataAccessResourceFailureException) {
                return true;
            }
            // SQLSTATE class 08 is a connection exception; 57P01-57P03 an administrator's or crash shutdown.
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }
}
