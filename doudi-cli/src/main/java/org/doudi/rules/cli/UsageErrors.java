package org.doudi.rules.cli;

import java.io.PrintWriter;
import java.util.List;

import org.doudi.rules.profile.ProblemText;

import picocli.CommandLine;

/**
 * How a usage error (an unknown command or option, a missing parameter, a bad value) is told on standard error: the
 * problem in the language asked for (picocli words it in English; the Chinese text comes from this module's
 * {@code problem-texts-zh.txt}), the names picocli suggests for a misspelt option or command ("did you mean"), and
 * where to find the usage. The exit code is the caller's ({@link ExitCodes#FAILURE}).
 */
final class UsageErrors {

    private UsageErrors() {
    }

    /**
     * @param ex    the usage error, not null
     * @param lang  the language, not null
     * @param err   where to print it, not null
     */
    static void print(CommandLine.ParameterException ex, Lang lang, PrintWriter err) {
        CommandLine failed = ex.getCommandLine();
        err.println(lang.pick("doudi：", "doudi: ") + Scrubber.scrub(ProblemText.in(lang.locale(), ex.getMessage())));
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                err.println(lang.pick("是否想写：", "Did you mean: ")
                        + Scrubber.scrub(String.join(lang.pick("、", ", "), suggestions)) + lang.pick("？", "?"));
            }
        }
        String name = failed.getCommandSpec().qualifiedName();
        err.println(lang.pick("用法见 '" + name + " --help'。", "Try '" + name + " --help' for more information."));
    }
}
