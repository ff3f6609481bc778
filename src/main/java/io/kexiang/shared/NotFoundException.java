package io.kexiang.shared;




/** A resource named by the caller does not exist; answered as 404. */
public class NotFoundException extends RuntimeException {

    private final Text text;

    /** {@code kind} names the thing in the catalogue ({@code thing.<kind>}): {@code alarm}, {@code apiToken} … */
    public NotFoundException(String kind, Object key) {
        this(Text.of("problem.notFound", Text.of("thing." + kind), key));
    }

    private NotFoundException(Text text) {
        super(text.toString());
        this.text = text;
    }

    public Text text() {
        return text;
    }
}
