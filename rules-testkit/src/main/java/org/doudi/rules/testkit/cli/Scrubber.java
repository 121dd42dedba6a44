package org.doudi.rules.testkit.cli;

import java.util.regex.Pattern;

/**
 * Removes personal identifiers from text written to standard error: ID numbers (15 or 18 characters), mobile phone
 * numbers and bank accounts, i.e. any run of 11 or more digits (with an optional final {@code X}), and landline
 * numbers written with a dash.
 */
public final class Scrubber {

    private static final Pattern LONG_NUMBER = Pattern.compile("\\d{11,}[Xx]?");
    private static final Pattern LANDLINE = Pattern.compile("(?<!\\d)0\\d{2,3}-\\d{7,8}(?!\\d)");

    private Scrubber() {
    }

    /**
     * @param text  any text, may be null
     * @return the text with every personal identifier replaced by {@code ***}; {@code ""} for null
     */
    public static String scrub(String text) {
        if (text == null) {
            return "";
        }
        String s = LONG_NUMBER.matcher(text).replaceAll("***");
        return LANDLINE.matcher(s).replaceAll("***");
    }
}
