package org.doudi.rules.api;

/**
 * The root of every exception Doudi throws. "Not eligible" is never an exception: it is a decision.
 */
public abstract class DoudiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected DoudiException(String message) {
        super(message);
    }

    protected DoudiException(String message, Throwable cause) {
        super(message, cause);
    }
}
