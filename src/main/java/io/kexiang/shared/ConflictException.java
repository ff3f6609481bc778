package io.kexiang.shared;




/** The request contradicts the current state (a duplicate key, a stale version); answered as 409. */
public class ConflictException extends RuntimeException {

    private final Text text;

    public ConflictException(Text text) {
        super(text.toString());
        this.text = text;
    }

    public Text text() {
        return text;
    }
}
