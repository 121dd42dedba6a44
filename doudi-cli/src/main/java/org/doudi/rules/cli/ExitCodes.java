package org.doudi.rules.cli;

/**
 * The exit codes of the {@code doudi} command line (docs/integrators/errors.md for the exit codes).
 */
public final class ExitCodes {

    /** Success: a decision was printed, the batch was read, the listing was printed. */
    public static final int OK = 0;

    /** A usage error, an unknown command, an unreadable or unwritable file, or an unexpected failure. */
    public static final int FAILURE = 1;

    /** The request is invalid: the errors JSON was printed. */
    public static final int INVALID_REQUEST = 2;

    /** The configuration cannot decide the request, or rules or profiles do not build. */
    public static final int CONFIGURATION_ERROR = 3;

    private ExitCodes() {
    }
}
