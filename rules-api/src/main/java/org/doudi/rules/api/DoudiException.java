package org.doudi.rules.api;

import org.doudi.rules.api.request.Masking;

/**
 * The root of every exception Doudi throws. "Not eligible" is never an exception: it is a decision.
 *
 * <p>Every message goes through the one masking rule ({@link Masking#scrub}, policy §15): an identifier that reached
 * it (in a file name, a case id, a profile value) is masked but for its last four characters.
 */
public abstract class DoudiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message  what went wrong, not null
     */
    protected DoudiException(String message) {
        super(Masking.scrub(message));
    }

    /**
     * @param message  what went wrong, not null
     * @param cause    the failure underneath, may be null
     */
    protected DoudiException(String message, Throwable cause) {
        super(Masking.scrub(message), cause);
    }
}
