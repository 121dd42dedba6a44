package org.doudi.rules.api;

import java.util.Objects;

/**
 * One problem of an invalid request, at its JSON path from the request root ({@code members[1].incomes[0].monthly};
 * {@code ""} for the whole document).
 *
 * @param path     the JSON path, not null
 * @param message  what is wrong, not null; never contains a personal identifier
 */
public record Problem(String path, String message) {

    /** Checks for nulls. */
    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }
}
