package org.doudi.rules.scenario;

import java.util.Locale;

import org.doudi.rules.profile.ProblemText;

/**
 * One reason a scenario failed: either a field of the decision that differs from the expectation (a
 * <em>mismatch</em>, with the field's path, the expected and the actual value), or a problem with the scenario or its
 * run (a malformed scenario, an invalid request where a decision was expected, ...), described in words.
 *
 * <p>Values are shown as JSON: strings quoted ({@code "194.00"}), numbers and booleans bare, {@code null}, absent
 * fields as {@code (absent)}. This class is immutable and thread-safe.
 *
 * @param field     the path of the field in the decision ({@code units[0].monthlyAmount}), {@code ""} for the whole
 *                  decision, or null for a problem that concerns no field
 * @param expected  the expected value as shown, or null for a problem
 * @param actual    the actual value as shown, or null for a problem
 * @param detail    a description of the problem, or null for a plain mismatch
 */
public record ScenarioFailure(String field, String expected, String actual, String detail) {

    /**
     * A field whose value differs from the expectation.
     *
     * @param field     the field path, not null
     * @param expected  the expected value as shown, not null
     * @param actual    the actual value as shown, not null
     * @return the failure, never null
     */
    public static ScenarioFailure mismatch(String field, String expected, String actual) {
        return new ScenarioFailure(field, expected, actual, null);
    }

    /**
     * A field whose value differs from the expectation, with an explanation (e.g. lists of different lengths).
     *
     * @param field     the field path, not null
     * @param expected  the expected value as shown, not null
     * @param actual    the actual value as shown, not null
     * @param detail    the explanation, not null
     * @return the failure, never null
     */
    public static ScenarioFailure mismatch(String field, String expected, String actual, String detail) {
        return new ScenarioFailure(field, expected, actual, detail);
    }

    /**
     * A problem that is not a field mismatch.
     *
     * @param detail  what is wrong, not null
     * @return the failure, never null
     */
    public static ScenarioFailure problem(String detail) {
        return new ScenarioFailure(null, null, null, detail);
    }

    /** @return true if this failure names a field with expected and actual values */
    public boolean isMismatch() {
        return field != null;
    }

    /**
     * One line describing the failure: {@code units[0].monthlyAmount: expected "195.00", actual "194.00"}.
     *
     * @return the description, never null
     */
    public String describe() {
        return describe(Locale.ENGLISH);
    }

    /**
     * One line describing the failure in a language: {@code units[0].monthlyAmount：期望 "195.00"，实际 "194.00"} in
     * Chinese (problems worded by {@link ProblemText}), as {@link #describe()} in English.
     *
     * @param locale  the language: Chinese for {@code zh}, English otherwise; not null
     * @return the description, never null
     */
    public String describe(Locale locale) {
        boolean en = !locale.getLanguage().equals(Locale.CHINESE.getLanguage());
        if (!isMismatch()) {
            return ProblemText.in(locale, detail);
        }
        String where = field.isEmpty() ? (en ? "(decision)" : "（整个决定）") : field;
        String text = en ? where + ": expected " + expected + ", actual " + actual
                : where + "：期望 " + ProblemText.in(locale, expected) + "，实际 " + ProblemText.in(locale, actual);
        return detail == null ? text : en ? text + " (" + detail + ")" : text + "（" + ProblemText.in(locale, detail) + "）";
    }

    @Override
    public String toString() {
        return describe();
    }
}
