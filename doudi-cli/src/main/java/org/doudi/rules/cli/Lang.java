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

    /**
     * The language asked for on a command line, for messages written before the command line is parsed (a usage
     * error): the value of the last {@code --lang} ({@code --lang en} or {@code --lang=en}) that names a language.
     *
     * @param args  the arguments, may be null
     * @return the language, Chinese unless English is asked for; never null
     */
    public static Lang of(String[] args) {
        Lang found = ZH;
        if (args == null) {
            return found;
        }
        for (int i = 0; i < args.length; i++) {
            String value = args[i].startsWith("--lang=") ? args[i].substring("--lang=".length())
                    : args[i].equals("--lang") && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                try {
                    found = new Converter().convert(value);
                } catch (CommandLine.TypeConversionException e) {
                    // not a language: the usage error names it; the message stays in the language found so far
                }
            }
        }
        return found;
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
