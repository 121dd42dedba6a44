package org.doudi.rules.api;

import java.time.LocalDate;

import org.doudi.rules.api.request.Masking;

/**
 * The rules or profile data cannot decide a valid request: a profile lacks a value it needs on the assessment date,
 * or a rule or profile file does not build (the JSON contract, "Configuration error").
 *
 * <p>A missing value names profile, parameter, residence and date; a broken file names file and line; a rule that
 * failed while deciding (its action or a condition threw) names the rule ({@link #rule()}), its file and line. Fields
 * that do not apply are null (line is 0 when unknown). The message and the file name are masked by the one masking
 * rule (policy §15).
 */
public final class PolicyConfigurationException extends DoudiException {

    private static final long serialVersionUID = 1L;

    private final String profile;
    private final String parameter;
    private final String residence;
    private final LocalDate date;
    private final String file;
    private final int line;
    private final String rule;

    private PolicyConfigurationException(String message, String profile, String parameter, String residence,
                                         LocalDate date, String file, int line, Throwable cause) {
        this(message, profile, parameter, residence, date, file, line, null, cause);
    }

    private PolicyConfigurationException(String message, String profile, String parameter, String residence,
                                         LocalDate date, String file, int line, String rule, Throwable cause) {
        super(message, cause);
        this.rule = rule;
        this.profile = profile;
        this.parameter = parameter;
        this.residence = residence;
        this.date = date;
        this.file = Masking.scrub(file);
        this.line = line;
    }

    /**
     * A profile has no value for a parameter on a date (before its first dated value, after a dated null, or never).
     *
     * @param profile    the profile id, not null
     * @param parameter  the parameter name, not null
     * @param residence  URBAN or RURAL, not null
     * @param date       the date, not null
     * @return the exception, never null
     */
    public static PolicyConfigurationException missingValue(String profile, String parameter, String residence,
                                                            LocalDate date) {
        return new PolicyConfigurationException("profile " + profile + " has no value for " + parameter
                + " (residence " + residence + ") on " + date, profile, parameter, residence, date, null, 0, null);
    }

    /**
     * A rule or profile file is broken.
     *
     * @param file     the file name, not null
     * @param line     the line (1-based), 0 when unknown
     * @param message  what is wrong, not null
     * @return the exception, never null
     */
    public static PolicyConfigurationException brokenFile(String file, int line, String message) {
        return new PolicyConfigurationException(file + (line > 0 ? ":" + line : "") + ": " + message,
                null, null, null, null, file, line, null);
    }

    /**
     * A rule failed while deciding a valid request: its action or one of its conditions threw (an arithmetic overflow,
     * a date out of range, a helper's bug). The decision is not made; the message names the rule, its file and line,
     * and the failure, in Chinese then English.
     *
     * @param rule     the rule's {@code @ruleId} (or its name when it has none), not null
     * @param file     the DRL file of the rule, null when unknown
     * @param line     the line of the rule in that file (1-based), 0 when unknown
     * @param failure  what the rule threw, not null
     * @return the exception, never null
     */
    public static PolicyConfigurationException ruleFailed(String rule, String file, int line, Throwable failure) {
        String where = file == null ? "" : file + (line > 0 ? ":" + line : "") + ": ";
        String what = failure.getClass().getSimpleName()
                + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
        return new PolicyConfigurationException(where + "规则 " + rule + " 执行出错，未能作出决定（" + what + "）/ rule "
                + rule + " failed while deciding this request (" + what + ")", null, null, null, null, file, line,
                rule, failure);
    }

    /**
     * Any other configuration problem, e.g. a profile whose value has the wrong type.
     *
     * @param profile  the profile id, may be null
     * @param message  what is wrong, not null
     * @return the exception, never null
     */
    public static PolicyConfigurationException of(String profile, String message) {
        return new PolicyConfigurationException(message, profile, null, null, null, null, 0, null);
    }

    /** @return the profile id, or null */
    public String profile() { return profile; }

    /** @return the parameter name, or null */
    public String parameter() { return parameter; }

    /** @return the residence, or null */
    public String residence() { return residence; }

    /** @return the date, or null */
    public LocalDate date() { return date; }

    /** @return the broken file, or null */
    public String file() { return file; }

    /** @return the {@code @ruleId} of the rule that failed while deciding, or null when no rule failed */
    public String rule() { return rule; }

    /** @return the line in the broken file (1-based), 0 when unknown or not a file problem */
    public int line() { return line; }

    /**
     * @return what is wrong without the file and line the message starts with (when it names them), in English: the
     *         text a problem listed under its file and line shows; never null
     */
    public String detail() {
        String message = getMessage() == null ? "" : getMessage();
        if (file != null) {
            String place = file + (line > 0 ? ":" + line : "") + ": ";
            if (message.startsWith(place)) {
                return message.substring(place.length());
            }
        }
        return message;
    }
}
