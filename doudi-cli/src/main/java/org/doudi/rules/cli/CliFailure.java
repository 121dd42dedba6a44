package org.doudi.rules.cli;

/**
 * A failure of the command line itself (an unreadable or unwritable file, a bad option value found while running):
 * the command prints the message on standard error and exits with {@link ExitCodes#FAILURE}.
 *
 * <p>The message must not contain personal identifiers; it is scrubbed again before printing.
 */
public final class CliFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message  what went wrong, for standard error, not null
     */
    public CliFailure(String message) {
        super(message);
    }

    /**
     * @param message  what went wrong, for standard error, not null
     * @param cause    the cause, may be null
     */
    public CliFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
