package org.doudi.rules.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code --lang zh|en} option (a picocli mixin) of every command. Given after the command it applies to that
 * command; not given, the command speaks the language given to {@code doudi} itself ({@code doudi --lang en validate}),
 * and Chinese when neither says.
 */
public final class LangOption {

    @Option(names = "--lang", paramLabel = "LANG", converter = Lang.Converter.class,
            description = "Language of messages and texts: zh (default) or en.")
    Lang lang;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /** @return the chosen language, never null */
    public Lang lang() {
        if (lang != null) {
            return lang;
        }
        if (mixee != null && mixee.root().userObject() instanceof DoudiCommand root) {
            return root.lang();
        }
        return Lang.ZH;
    }
}
