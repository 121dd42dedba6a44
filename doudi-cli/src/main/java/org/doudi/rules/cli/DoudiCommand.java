package org.doudi.rules.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import org.doudi.rules.drools.DroolsEligibilityService;
import org.doudi.rules.drools.RuleCache;
import org.doudi.rules.profile.ProfileRepository;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code doudi} command line: {@code evaluate}, {@code explain}, {@code profiles}, {@code sample},
 * {@code validate}, {@code test} and {@code help}, each with {@code --rules DIR} and {@code --params DIR}; exit codes
 * in {@link ExitCodes} and {@code docs/integrators/errors.md}.
 *
 * <p>Everything is written as UTF-8 whatever the platform's default charset; decisions and errors go to standard
 * output, diagnostics to standard error (never with a personal identifier). The rules are built lazily, once per
 * process for each pair of folders.
 *
 * <p>To add a subcommand: extend {@link DoudiSubcommand} (which brings the shared options and the service), annotate
 * it with {@code @Command(name = ..., exitCodeOnInvalidInput = 1)} and list it in {@code subcommands} below.
 */
@Command(name = "doudi",
        mixinStandardHelpOptions = true,
        versionProvider = DoudiCommand.Version.class,
        exitCodeOnInvalidInput = ExitCodes.FAILURE,
        exitCodeOnExecutionException = ExitCodes.FAILURE,
        description = "Dibao (最低生活保障) decisions with explanations, from Drools rules and jurisdiction profiles.",
        subcommands = {EvaluateCommand.class, CompareCommand.class, ExplainCommand.class, ProfilesCommand.class, SampleCommand.class,
                ScreenCommand.class, NoticeCommand.class, TestCommand.class, ValidateCommand.class,
                HelpCommand.class})
public final class DoudiCommand implements Callable<Integer> {

    /** Room for the longest option with its parameter ({@code --candidates=FILE}) before its description. */
    private static final int USAGE_LONG_OPTIONS_WIDTH = 30;

    /** The services built in this process, by rules and params folder. */
    private static final Map<ServiceKey, DroolsEligibilityService> SERVICES = new ConcurrentHashMap<>();

    private record ServiceKey(Path rules, Path params) {
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--lang", paramLabel = "LANG", converter = Lang.Converter.class,
            description = "Language of messages and texts for every command: zh (default) or en.")
    Lang lang;

    private final InputStream in;
    private final OutputStream rawOut;
    private final OutputStream rawErr;
    private PrintStream out;
    private PrintStream err;
    private boolean terminal;

    /** A command on the process's standard streams (looked up when first used). */
    public DoudiCommand() {
        this(null, null, null);
    }

    /**
     * A command on given streams, e.g. for tests.
     *
     * @param in   standard input, or null for {@link System#in}
     * @param out  standard output, or null for {@link System#out}
     * @param err  standard error, or null for {@link System#err}
     */
    public DoudiCommand(InputStream in, OutputStream out, OutputStream err) {
        this.in = in;
        this.rawOut = out;
        this.rawErr = err;
    }

    /**
     * Runs the command line and exits the process with its exit code.
     *
     * @param args  the arguments
     */
    public static void main(String[] args) {
        prefetchBuiltInService(args);
        int code = run(args, System.in, System.out, System.err);
        System.exit(code);
    }

    /** The commands that decide with the built-in rules and profiles unless given {@code --rules} or {@code --params}. */
    private static final Set<String> DECIDING_COMMANDS = Set.of("evaluate", "explain", "sample");

    /**
     * Starts building the built-in service on another thread when the arguments name a command that will need it, so
     * that the rules build while the command line is parsed and set up (start-up is most of what a single decision
     * costs). The command then finds the service built, or waits for it; a failure is reported by the command, which
     * builds again.
     */
    private static void prefetchBuiltInService(String[] args) {
        if (args.length == 0 || !DECIDING_COMMANDS.contains(args[0])
                || Arrays.stream(args).anyMatch(a -> a.startsWith("--rules") || a.startsWith("--params")
                || a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version"))) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                SERVICES.computeIfAbsent(new ServiceKey(null, null),
                        k -> DroolsEligibilityService.fromDirectories(null, null));
            } catch (RuntimeException e) {
                // the command builds the service again and reports the problem
            }
        }, "doudi-prefetch");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Runs the command line on given streams without exiting.
     *
     * @param args  the arguments, not null
     * @param in    standard input, not null
     * @param out   standard output (UTF-8 is written), not null
     * @param err   standard error (UTF-8 is written), not null
     * @return the exit code of {@link ExitCodes}
     */
    public static int run(String[] args, InputStream in, OutputStream out, OutputStream err) {
        DoudiCommand command = new DoudiCommand(in, out, err);
        try {
            return commandLine(command).execute(args);
        } finally {
            command.flush();
        }
    }

    /**
     * A picocli command line for a command, writing help and diagnostics to the command's streams as UTF-8; usage
     * errors and unexpected failures give {@link ExitCodes#FAILURE}.
     *
     * @param command  the command, not null
     * @return the command line, never null
     */
    public static CommandLine commandLine(DoudiCommand command) {
        CommandLine cl = new CommandLine(Objects.requireNonNull(command, "command"));
        // help is wrapped to the terminal's width (80 columns when not a terminal), never cut; every command
        // answers --version
        cl.setUsageHelpAutoWidth(true);
        cl.setUsageHelpLongOptionsMaxWidth(USAGE_LONG_OPTIONS_WIDTH);
        for (CommandLine sub : cl.getSubcommands().values()) {
            if (sub.getCommandSpec().mixinStandardHelpOptions()) {
                sub.getCommandSpec().versionProvider(new Version());
            }
        }
        cl.setOut(new PrintWriter(new OutputStreamWriter(command.out(), StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(command.err(), StandardCharsets.UTF_8), true));
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine failed = ex.getCommandLine();
            PrintWriter e = failed.getErr();
            UsageErrors.print(ex, Lang.of(args), e);
            e.flush();
            return ExitCodes.FAILURE;
        });
        cl.setExecutionExceptionHandler((ex, failed, parseResult) -> {
            PrintWriter e = failed.getErr();
            Lang l = Lang.of(parseResult.originalArgs().toArray(String[]::new));
            e.println(l.pick("doudi：意外错误：", "doudi: unexpected failure: ") + Scrubber.scrub(String.valueOf(ex)));
            e.flush();
            return ExitCodes.FAILURE;
        });
        return cl;
    }

    /** Without a subcommand: a usage error. */
    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), lang().pick("缺少命令：请用以下之一：",
                "missing command: use one of ") + String.join(", ", spec.subcommands().keySet()));
    }

    /** @return the language given to {@code doudi} itself ({@code doudi --lang en COMMAND}), Chinese by default */
    Lang lang() {
        return lang == null ? Lang.ZH : lang;
    }

    /**
     * For tests: treats standard error as a terminal (progress lines are shown) even when it is a given stream.
     *
     * @param terminal  true to show progress lines
     * @return this command
     */
    DoudiCommand terminal(boolean terminal) {
        this.terminal = terminal;
        return this;
    }

    /**
     * Whether progress lines may be written to standard error: when this process has a console (standard input and
     * output are a terminal), or, on Linux, when standard error itself is a terminal (so a batch whose output is
     * redirected still shows its progress). A command on given streams is not on a terminal unless
     * {@link #terminal(boolean)} says so.
     *
     * @return true if standard error is a terminal
     */
    boolean isTerminal() {
        if (rawErr != null) {
            return terminal;
        }
        if (System.console() != null) {
            return true;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** @return standard input, never null */
    InputStream in() {
        return in != null ? in : System.in;
    }

    /** @return standard output as a UTF-8 print stream, never null */
    PrintStream out() {
        if (out == null) {
            out = utf8(rawOut != null ? rawOut : System.out);
        }
        return out;
    }

    /** @return standard error as a UTF-8 print stream, never null */
    PrintStream err() {
        if (err == null) {
            err = utf8(rawErr != null ? rawErr : System.err);
        }
        return err;
    }

    /** Flushes both output streams. */
    void flush() {
        if (out != null) {
            out.flush();
        }
        if (err != null) {
            err.flush();
        }
    }

    /**
     * The service for the given folders, built on first use and kept for the process.
     *
     * @param options  the folders, not null
     * @return the service, never null
     * @throws org.doudi.rules.api.PolicyConfigurationException if the rules or profiles do not build
     */
    DroolsEligibilityService service(RuleSourceOptions options) {
        return service(options.rulesDir(), options.paramsDir(), options.cache());
    }

    /**
     * The service for the given folders, built on first use and kept for the process; the rules of a folder (or the
     * built-in rules) are built once and shared by the services over different profile folders.
     *
     * @param rulesDir   a DRL folder, or null for the built-in rules
     * @param paramsDir  a profile overlay folder, or null for none
     * @param cache      the cache of compiled rule folders, or null for none
     * @return the service, never null
     * @throws org.doudi.rules.api.PolicyConfigurationException if the rules or profiles do not build
     */
    DroolsEligibilityService service(Path rulesDir, Path paramsDir, RuleCache cache) {
        ServiceKey key = new ServiceKey(normalize(rulesDir), normalize(paramsDir));
        DroolsEligibilityService built = SERVICES.get(key);
        if (built != null) {
            return built;
        }
        DroolsEligibilityService sameRules = SERVICES.entrySet().stream()
                .filter(e -> java.util.Objects.equals(e.getKey().rules(), key.rules()))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        return SERVICES.computeIfAbsent(key, k -> sameRules == null
                ? DroolsEligibilityService.fromDirectories(k.rules(), k.params(), cache)
                : DroolsEligibilityService.of(sameRules.rules(), k.params() == null ? ProfileRepository.builtIn()
                        : ProfileRepository.builtInWithOverlay(k.params())));
    }

    private static Path normalize(Path p) {
        return p == null ? null : p.toAbsolutePath().normalize();
    }

    /** A UTF-8 print stream that never closes the stream it wraps. */
    private static PrintStream utf8(OutputStream target) {
        return new PrintStream(new FilterOutputStream(target) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        }, false, StandardCharsets.UTF_8);
    }

    /** The version: the jar's implementation version, or {@code development} when run from classes. */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = DoudiCommand.class.getPackage().getImplementationVersion();
            return new String[] {"doudi " + (v == null ? "development" : v)};
        }
    }
}
