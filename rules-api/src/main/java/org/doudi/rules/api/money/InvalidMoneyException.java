package org.doudi.rules.api.money;

import org.doudi.rules.api.request.Masking;

/**
 * A value that is not an amount of money of this library: text that is not digits with at most two decimals, or a
 * decimal with fractions of a fen. The message names the value (shortened when long, personal identifiers masked)
 * and, when the caller said, where it came from (a JSON path, a profile parameter, a rule).
 */
public final class InvalidMoneyException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Characters of the value a message shows before it shortens it. */
    private static final int SHOWN = 40;

    private final String value;
    private final String source;

    /**
     * @param value   the value as given (text or decimal), not null
     * @param source  where it came from, or null when unknown
     * @param reason  what is wrong with it, not null
     */
    InvalidMoneyException(String value, String source, String reason) {
        super(Masking.scrub("invalid money " + shown(value) + (source == null ? "" : " in " + source) + ": " + reason));
        this.value = value;
        this.source = source;
    }

    private static String shown(String value) {
        return value.length() <= SHOWN ? "'" + value + "'"
                : "'" + value.substring(0, SHOWN) + "…' (" + value.length() + " characters)";
    }

    /** @return the value as given, never null (may hold anything the caller passed: do not log it unmasked) */
    public String value() {
        return value;
    }

    /** @return where the value came from (a JSON path, a parameter, a rule), or null when the caller did not say */
    public String source() {
        return source;
    }
}
