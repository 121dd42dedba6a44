package org.doudi.rules.api;

import java.util.Objects;

import org.doudi.rules.api.request.Masking;

/**
 * One problem of an invalid request, at its JSON path from the request root ({@code members[1].incomes[0].monthly};
 * {@code ""} for the whole document).
 *
 * @param path     the JSON path, not null
 * @param message  what is wrong, not null; identifiers in it (an ID number used as a member id, say) are masked
 */
public record Problem(String path, String message) {

    /**
     * Checks for nulls and masks any personal identifier in the message (policy §15).
     *
     * @param path  the JSON path, not null
     * @param message  what is wrong, not null; identifiers in it (an ID number used as a member id, say) are masked
     */
    public Problem {
        Objects.requireNonNull(path, "path");
        message = Masking.scrub(Objects.requireNonNull(message, "message"));
    }
}
