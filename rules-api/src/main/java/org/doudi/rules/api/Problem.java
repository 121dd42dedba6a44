package org.doudi.rules.api;

import java.util.Objects;

import org.doudi.rules.api.request.Masking;

/**
 * One problem of an invalid request, at its JSON path from the request root ({@code members[1].incomes[0].monthly};
 * {@code ""} for the whole document).
 *
 * <p>Both texts go through the one masking rule ({@link Masking#scrub}, policy §15) when the problem is made, so
 * that no producer of problems can leak an identifier: an unknown field named by a phone number is reported at
 * {@code *******5678}, a duplicate member id that is an ID number as {@code **************123X}.
 *
 * @param path     the JSON path, not null; identifiers in it (an unknown field named by a phone number) are masked
 * @param message  what is wrong, not null; identifiers in it (an ID number used as a member id, say) are masked
 */
public record Problem(String path, String message) {

    /**
     * Checks for nulls and masks any personal identifier in the path and the message (policy §15).
     *
     * @param path  the JSON path, not null; identifiers in it (an ID number used as a map key, say) are masked
     * @param message  what is wrong, not null; identifiers in it (an ID number used as a member id, say) are masked
     */
    public Problem {
        path = Masking.scrub(Objects.requireNonNull(path, "path"));
        message = Masking.scrub(Objects.requireNonNull(message, "message"));
    }
}
