package org.doudi.rules.api;

/**
 * The root of every exception Doudi throws. "Not eligible" is never an exception: it is a decision.
 */
public abstract class DoudiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message  what went wrong, not null
     */
    protected DoudiException(String message) {
        super(message);
    }

    /**
     * @param message  what went wrong, not null
     * @param cause    the failure underneath, may be null
     */
    protected DoudiException(String message, Throwable cause) {
        super(message, cause);
    }
}
