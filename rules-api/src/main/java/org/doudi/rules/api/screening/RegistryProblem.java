package org.doudi.rules.api.screening;

import java.util.Objects;

import org.doudi.rules.api.request.Masking;

/**
 * A registry row that cannot be read (bad ID number, date, kind or amount, missing value): reported, counted, and
 * skipped; it never stops the screen.
 *
 * @param file     the registry file name, e.g. {@code deaths.csv}, not null
 * @param line     the line of the row in the file, from 1
 * @param message  what is wrong, identifiers masked, not null
 */
public record RegistryProblem(String file, long line, String message) {

    /**
     * Checks for nulls and masks identifiers in the message.
     *
     * @param file  the registry file name, e.g. {@code deaths.csv}, not null
     * @param line  the line of the row in the file, from 1
     * @param message  what is wrong, identifiers masked, not null
     */
    public RegistryProblem {
        Objects.requireNonNull(file, "file");
        message = Masking.scrub(Objects.requireNonNull(message, "message"));
    }

    /** @return {@code FILE:LINE: message} */
    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
