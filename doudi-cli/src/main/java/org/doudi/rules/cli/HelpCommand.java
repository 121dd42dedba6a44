package org.doudi.rules.cli;

import java.io.PrintWriter;
import java.util.Map;

import org.doudi.rules.profile.DidYouMean;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code doudi help [COMMAND]}: the usage of {@code doudi} or of one of its commands, as picocli's own help command
 * prints it, and with {@code --lang} like every command (the help texts themselves are English; {@code --lang} sets
 * the language of the error for an unknown command, which suggests the command most likely meant).
 */
@Command(name = "help", helpCommand = true,
        description = "Show the usage of doudi, or of the command named.")
public final class HelpCommand implements CommandLine.IHelpCommandInitializable2, Runnable {

    @Parameters(paramLabel = "COMMAND", arity = "0..1", description = "The command whose usage to show.")
    String command;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Mixin
    LangOption lang = new LangOption();

    private CommandLine self;
    private CommandLine.Help.ColorScheme colors;
    private PrintWriter out;

    @Override
    public void init(CommandLine helpCommandLine, CommandLine.Help.ColorScheme colorScheme, PrintWriter outWriter,
                     PrintWriter errWriter) {
        this.self = helpCommandLine;
        this.colors = colorScheme;
        this.out = outWriter;
    }

    @Override
    public void run() {
        CommandLine parent = self.getParent();
        if (command == null) {
            parent.usage(out, colors);
            return;
        }
        Map<String, CommandLine> commands = parent.getSubcommands();
        CommandLine sub = commands.get(command);
        if (sub == null) {
            Lang l = lang.lang();
            String hint = DidYouMean.closest(command, commands.keySet())
                    .map(c -> l.pick("（是否想写 " + c + "？）", " (did you mean '" + c + "'?)")).orElse("");
            throw new CommandLine.ParameterException(parent, l.pick("未知命令：'" + command + "'",
                    "unknown command: '" + command + "'") + hint + l.pick("；命令有：", "; the commands are: ")
                    + String.join(", ", commands.keySet()));
        }
        sub.usage(out, colors);
    }
}
