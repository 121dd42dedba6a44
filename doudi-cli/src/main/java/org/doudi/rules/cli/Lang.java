package org.doudi.rules.cli;

import java.util.Locale;

import picocli.CommandLine;

/**
 * The language of messages and texts: Chinese by default, English with {@code --lang en}.
 */
public enum Lang {

    /** Chinese (the default). */
    ZH(Locale.CHINESE),

    /** English. */
    EN(Locale.ENGLISH);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    /** @return the locale passed to the rules, never null */
    public Locale locale() {
        return locale;
    }

    /** @return true for English */
    public boolean english() {
        return this == EN;
    }

    /**
     * Picks the text of this language.
     *
     * @param zh  the Chinese text
     * @param en  the English text
     * @return {@code en} for English, {@code zh} otherwise
     */
    public String pick(String zh, String en) {
        return this == EN ? en : zh;
    }

    /** Reads {@code zh} or {@code en} (any case, {@code zh-CN} and {@code en-US} style tags accepted). */
    public static final class Converter implements CommandLine.ITypeConverter<Lang> {
        @Override
        public Lang convert(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
            if (v.equals("zh") || v.startsWith("zh-")) {
                return ZH;
            }
            if (v.equals("en") || v.startsWith("en-")) {
                return EN;
            }
            throw new CommandLine.TypeConversionException("'" + value + "' is not a language: use zh or en");
        }
    }
}
