package io.kexiang.shared;




/** The caller is who they say, and may use the endpoint, but this record is not theirs to act on (403). */
public class ForbiddenException extends RuntimeException {

    private final Text text;

    public ForbiddenException(Text text) {
        super(text.toString());
        this.text = text;
    }

    public Text text() {
        return text;
    }
}
