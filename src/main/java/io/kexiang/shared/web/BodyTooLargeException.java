package io.kexiang.shared.web;

import java.io.IOException;

/** A body read past its limit; the advice answers it as a 413 whatever reader was reading. */
class BodyTooLargeException extends IOException {

    private final long limit;

    BodyTooLargeException(long limit) {
        super("the body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    long limit() {
        return limit;
    }
}
