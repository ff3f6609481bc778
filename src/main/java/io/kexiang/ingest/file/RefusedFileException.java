package io.kexiang.ingest.file;

import java.io.IOException;

/**
 * An NMS file refused for its content: it goes to {@code error/} with a report beside it. Routes log it as one
 * line (the report says the rest); any other failure of a file keeps its stack trace.
 */
public class RefusedFileException extends IOException {

    public RefusedFileException(String message) {
        super(message);
    }
}
