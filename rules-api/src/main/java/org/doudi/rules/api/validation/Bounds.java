package org.doudi.rules.api.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * The size bounds of a request (second edition of the contract): what any request, from JSON, YAML or Java, must
 * respect, and the limits the JSON parser is given so that no input, however large, holds a processor for long.
 *
 * <ul>
 * <li>money: at most {@value #MONEY_DIGITS} digits before the decimal point (leading zeros count);</li>
 * <li>every date and month in the years {@value #FIRST_YEAR}–{@value #LAST_YEAR};</li>
 * <li>at most {@value #MEMBERS} members and at most {@value #LIST_ENTRIES} entries in any list;</li>
 * <li>a string field of at most {@value #STRING_CODE_POINTS} characters (Unicode code points);</li>
 * <li>a JSON document (a request, or one line of a batch) of at most {@value #DOCUMENT_BYTES} bytes (1 MiB) of
 * UTF-8.</li>
 * </ul>
 *
 * <p>Each violation is a normal problem at its path whose message names the bound ({@code ""} for the document).
 * The parser's own limits ({@link #PARSER}) are set from these bounds: a string can be no longer than a document,
 * a number of more than {@value #NUMBER_CHARACTERS} characters is no number of the contract (integers there have at
 * most ten digits, money is a string), and the deepest request nests {@value #REQUEST_DEPTH} levels, so
 * {@value #NESTING_DEPTH} leaves room for unknown content to be read and reported at its own path. A parser limit
 * that trips is a syntax error with line and column.
 */
public final class Bounds {

    /** Digits a money amount may have before the decimal point. */
    public static final int MONEY_DIGITS = 15;

    /** The first year a date or month may lie in. */
    public static final int FIRST_YEAR = 1900;

    /** The last year a date or month may lie in. */
    public static final int LAST_YEAR = 2199;

    /** Members a request may list. */
    public static final int MEMBERS = 100;

    /** Entries any other list may hold. */
    public static final int LIST_ENTRIES = 100;

    /** Characters (Unicode code points) a string field may hold. */
    public static final int STRING_CODE_POINTS = 1000;

    /** UTF-8 bytes of a JSON document: a request, or one line of a batch (1 MiB). */
    public static final int DOCUMENT_BYTES = 1 << 20;

    /** Characters of a JSON number the parser reads. */
    public static final int NUMBER_CHARACTERS = 100;

    /** Nesting levels of the deepest valid request (root, review panel, its members, their relations, one entry). */
    public static final int REQUEST_DEPTH = 5;

    /** Nesting levels the parser reads. */
    public static final int NESTING_DEPTH = 64;

    /** The message of money beyond {@link #MONEY_DIGITS}. */
    public static final String MONEY_MESSAGE = "must have at most " + MONEY_DIGITS + " digits before the decimal point";

    /** The message of a date or month outside the years. */
    public static final String YEAR_MESSAGE = "must lie in the years " + FIRST_YEAR + "-" + LAST_YEAR;

    /** The message of a string beyond {@link #STRING_CODE_POINTS}. */
    public static final String STRING_MESSAGE = "must be at most " + STRING_CODE_POINTS + " characters";

    /** The message of a document beyond {@link #DOCUMENT_BYTES}. */
    public static final String DOCUMENT_MESSAGE = "the document is larger than 1 MiB (" + DOCUMENT_BYTES
            + " bytes of UTF-8)";

    /** The limits of the JSON parser, from the bounds above. */
    public static final StreamReadConstraints PARSER = StreamReadConstraints.builder()
            .maxStringLength(DOCUMENT_BYTES)
            .maxNumberLength(NUMBER_CHARACTERS)
            .maxNestingDepth(NESTING_DEPTH)
            .maxDocumentLength(DOCUMENT_BYTES)
            .build();

    private Bounds() {
    }

    /**
     * The message of a list beyond its bound.
     *
     * @param members  true for the list of members, false for any other list
     * @return the message, never null
     */
    public static String listMessage(boolean members) {
        return members ? "must have at most " + MEMBERS + " members"
                : "must have at most " + LIST_ENTRIES + " entries";
    }

    /**
     * @param amount  an amount, not null
     * @return true if it has at most {@link #MONEY_DIGITS} digits before the decimal point
     */
    public static boolean moneyWithin(BigDecimal amount) {
        return amount.precision() - amount.scale() <= MONEY_DIGITS;
    }

    /**
     * @param date  a date, not null
     * @return true if it lies in the years {@link #FIRST_YEAR}–{@link #LAST_YEAR}
     */
    public static boolean yearWithin(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    /**
     * @param month  a month, not null
     * @return true if it lies in the years {@link #FIRST_YEAR}–{@link #LAST_YEAR}
     */
    public static boolean yearWithin(YearMonth month) {
        return month.getYear() >= FIRST_YEAR && month.getYear() <= LAST_YEAR;
    }

    /**
     * @param text  a string, not null
     * @return true if it has at most {@link #STRING_CODE_POINTS} code points (counted without reading past the bound)
     */
    public static boolean stringWithin(String text) {
        return text.length() <= STRING_CODE_POINTS
                || text.length() <= 2 * STRING_CODE_POINTS && text.codePointCount(0, text.length())
                        <= STRING_CODE_POINTS;
    }

    /**
     * Whether a text is at most {@link #DOCUMENT_BYTES} bytes once encoded as UTF-8, counted without encoding it and
     * without reading past the bound.
     *
     * @param text  the text, not null
     * @return true if it is within the bound
     */
    public static boolean documentWithin(CharSequence text) {
        if (text.length() > DOCUMENT_BYTES) {
            return false; // every character takes at least one byte
        }
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes <= DOCUMENT_BYTES;
    }

    /**
     * Whether a line of a batch is blank: empty or only JSON white space (space, tab, line feed, carriage return).
     * Other characters that Java counts as white space (the separators U+001C–U+001F, say) make the line a request
     * to read, which is then reported as malformed.
     *
     * @param line  the line, not null
     * @return true if the line is to be skipped
     */
    public static boolean isBlankLine(CharSequence line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }
}
