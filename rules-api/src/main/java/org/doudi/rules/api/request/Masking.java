package org.doudi.rules.api.request;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one masking rule for personal identifiers (policy §15): all but the last four characters become {@code *}.
 * {@link #mask} masks a known identifier; {@link #scrub} finds identifiers in any text by pattern, since callers put
 * them where they do not belong (a name, a case id, a member id, an unknown field's name, a file name).
 *
 * <p>{@link #scrub} recognises, however they are embedded (letters or punctuation right before or after them,
 * ASCII or full-width digits, any decimal digit of Unicode):
 * <ul>
 *   <li>any run of 11 or more digits, with an optional final check character {@code X} / {@code x} (ID numbers of
 *       15 or 18 characters, 11-digit mobiles, 16–19-digit accounts, landlines written without a separator);</li>
 *   <li>a mobile number written in groups 3-4-4 ({@code 138-1234-5678}, {@code 138 1234 5678});</li>
 *   <li>an 18-character ID number written in groups 6-8-4 ({@code 411426 19800101 123X});</li>
 *   <li>an account written in groups of four ({@code 6222 0212 3456 7890}, up to 19 digits);</li>
 *   <li>a landline with its area code ({@code 0931-1234567}, {@code (010) 12345678}).</li>
 * </ul>
 * A separator inside a group is one space, ideographic space, hyphen or full-width hyphen. A run of digits is masked
 * whole; a written-out shape is found even when a digit touches it ({@code m3138-1234-5678}, a member id run into a
 * phone number). Text without such a shape is left as it is: dates, money with up to ten digits before the point,
 * rule ids, document numbers such as 〔2019〕47号, region codes, counts. Scrubbing is idempotent: a masked identifier
 * keeps at most four digits, which no shape matches.
 */
public final class Masking {

    /** One decimal digit of any script (ASCII, full-width, …). */
    private static final String D = "\\p{Nd}";
    /** One separator inside a written-out number. */
    private static final String S = "[ \\u3000\\-\\uFF0D\\u2010\\u2011]";
    private static final String X = "[XxＸｘ]";

    private static final Pattern IDENTIFIER = Pattern.compile(String.join("|",
            // any long run of digits, with an optional check character: the whole run, never a part of it
            "(?<!" + D + ")" + D + "{11,}" + X + "?(?!" + D + ")",
            // ID written in groups 6-8-4 (the last may be a check character)
            D + "{6}" + S + "?" + D + "{8}" + S + "?" + D + "{3}(?:" + D + "|" + X + ")",
            // account in groups of four, 16 to 19 digits
            D + "{4}" + S + D + "{4}" + S + D + "{4}" + S + D + "{4}(?:" + S + "?" + D + "{1,3})?",
            // mobile 3-4-4
            "[1１][3-9３-９]" + D + S + "?" + D + "{4}" + S + "?" + D + "{4}",
            // landline with area code, the code in brackets or followed by a separator
            "[(（][0０]" + D + "{2,3}[)）]" + S + "?" + D + "{7,8}",
            "[0０]" + D + "{2,3}" + S + D + "{7,8}"));

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
        int length = identifier.codePointCount(0, identifier.length());
        if (length <= 4) {
            return identifier;
        }
        return "*".repeat(length - 4) + identifier.substring(identifier.offsetByCodePoints(0, length - 4));
    }

    /**
     * @param text  any text, may be null
     * @return the text with every identifier found by pattern masked, or null for null
     */
    public static String scrub(String text) {
        if (text == null || !mayHoldIdentifier(text)) {
            return text;
        }
        // a pass may leave a shape that only shows once a run next to it is masked (a run of digits ending where a
        // written-out phone number begins): scrub until nothing changes, at most once per digit masked
        String scrubbed = text;
        for (String previous = null; !scrubbed.equals(previous); ) {
            previous = scrubbed;
            scrubbed = scrubOnce(previous);
        }
        return scrubbed;
    }

    /** Every shape has at least this many digits in one stretch of digits, separators and brackets. */
    private static final int FEWEST_DIGITS = 10;

    /**
     * A cheap test that lets most texts (messages with amounts and dates) skip the pattern: true when some stretch of
     * digits, separators and brackets holds at least {@link #FEWEST_DIGITS} digits, as every shape does.
     */
    private static boolean mayHoldIdentifier(String text) {
        int digits = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.isDigit(c)) {
                if (++digits >= FEWEST_DIGITS) {
                    return true;
                }
            } else if (" \u3000-\uFF0D\u2010\u2011()\uFF08\uFF09".indexOf(c) < 0) {
                digits = 0;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    private static String scrubOnce(String text) {
        Matcher m = IDENTIFIER.matcher(text);
        if (!m.find()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        do {
            m.appendReplacement(out, Matcher.quoteReplacement(mask(m.group())));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }
}
