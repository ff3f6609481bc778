package io.kexiang.shared;

/** The caller is who they say, and may use the endpoint, but this record is not theirs to act on (403). */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
