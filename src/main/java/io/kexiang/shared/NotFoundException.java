package io.kexiang.shared;

/** A resource named by the caller does not exist; answered as 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String kind, Object key) {
        super(kind + " '" + key + "' does not exist");
    }
}
