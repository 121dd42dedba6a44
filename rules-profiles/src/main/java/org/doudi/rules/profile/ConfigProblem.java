package org.doudi.rules.profile;

import java.util.Locale;

import org.doudi.rules.api.request.Masking;

/**
 * One problem found in a profile or rule file. The file name and the message go through the one masking rule
 * ({@link Masking#scrub}, policy §15): an identifier in a folder name or quoted from a file is masked.
 *
 * @param file     the file name
 * @param line     the 1-based line, 0 when unknown
 * @param message  what is wrong, in English (as the JSON outputs show it); {@link #message(Locale)} words it in
 *                 Chinese
 */
public record ConfigProblem(String file, int line, String message) {

    /** Masks identifiers in the file name and the message. */
    public ConfigProblem {
        file = Masking.scrub(file);
        message = Masking.scrub(message);
    }

    /**
     * @param locale  the language: Chinese for {@code zh} (and null), English otherwise
     * @return what is wrong, in that language ({@link ProblemText}), never null
     */
    public String message(Locale locale) {
        return message == null ? "" : ProblemText.in(locale, message);
    }
}
