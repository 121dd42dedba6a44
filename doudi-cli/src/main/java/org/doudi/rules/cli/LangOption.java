package org.doudi.rules.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --lang zh|en} option (a picocli mixin) of the commands that print messages.
 */
public final class LangOption {

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh", converter = Lang.Converter.class,
            description = "Language of messages and texts: zh (default) or en.")
    Lang lang = Lang.ZH;

    /** @return the chosen language, never null */
    public Lang lang() {
        return lang == null ? Lang.ZH : lang;
    }
}
