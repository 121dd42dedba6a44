package org.doudi.rules.api.request;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks personal identifiers (policy §15): all but the last four characters become {@code *}. {@link #mask} masks
 * a known identifier; {@link #scrub} finds identifiers in free text by pattern, since callers put them in unexpected
 * fields such as {@code caseId} or a member id: 15- or 18-character ID numbers, mobile numbers and bank accounts
 * (any run of 11 or more digits, with an optional final {@code X}), and landline numbers written with a dash.
 */
public final class Masking {

    private static final Pattern IDENTIFIER = Pattern.compile(
            "(?<![0-9A-Za-z])\\d{11,}[Xx]?(?![0-9A-Za-z])|(?<!\\d)0\\d{2,3}-\\d{7,8}(?!\\d)");

    private Masking() {
    }

    /**
     * @param identifier  an ID number, phone number or bank account, may be null
     * @return the masked identifier, or null for null
     */
    public static String mask(String identifier) {
        if (identifier == null) {
            return null;
        }
        int keep = Math.min(4, identifier.length());
        return "*".repeat(identifier.length() - keep) + identifier.substring(identifier.length() - keep);
    }

    /**
     * @param text  any text, may be null
     * @return the text with every identifier found by pattern masked, or null for null
     */
    public static String scrub(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = IDENTIFIER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(mask(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
