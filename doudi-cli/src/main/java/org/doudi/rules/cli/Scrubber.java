package org.doudi.rules.cli;

import org.doudi.rules.api.request.Masking;

/**
 * Removes personal identifiers from text written by the command line ({@link Masking#scrub}): ID numbers, mobile
 * phone numbers, bank accounts and landline numbers are masked but for their last four characters.
 */
public final class Scrubber {

    private Scrubber() {
    }

    /**
     * @param text  any text, may be null
     * @return the text with every personal identifier masked; {@code ""} for null
     */
    public static String scrub(String text) {
        return text == null ? "" : Masking.scrub(text);
    }
}
