package io.kexiang.shared;



/**
 * A request Kexiang refuses for a reason no other exception names: an alarm is never deleted (405), a PDF cannot be
 * drawn on this machine (503). Answered with the status and the text, titled by the status.
 */
public class RefusedException extends RuntimeException {

    private final int status;
    private final Text text;

    public RefusedException(int status, Text text) {
        super(text.toString());
        this.status = status;
        this.text = text;
    }

    public int status() {
        return status;
    }

    public Text text() {
        return text;
    }
}
