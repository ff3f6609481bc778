package io.kexiang.shared;

/** The request contradicts the current state (a duplicate key, a stale version); answered as 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
