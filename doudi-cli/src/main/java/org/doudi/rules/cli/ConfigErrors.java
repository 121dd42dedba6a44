package org.doudi.rules.cli;

import java.util.Locale;

import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.profile.ProblemText;

/**
 * A configuration error (rules or profiles that do not build, a value a profile lacks) as a line for a person, in the
 * language asked for: the file and line as the error gives them, then what is wrong ({@link ProblemText} words it in
 * Chinese). The JSON outputs keep the error's own message.
 */
final class ConfigErrors {

    private ConfigErrors() {
    }

    /**
     * @param e       the error, not null
     * @param locale  the language, not null
     * @return the error's message in that language, with its file and line when it names them; never null
     */
    static String text(PolicyConfigurationException e, Locale locale) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        String what = e.detail();
        return message.substring(0, message.length() - what.length()) + ProblemText.in(locale, what);
    }
}
