package org.doudi.rules.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.api.validation.Bounds;
import org.doudi.rules.drools.DroolsEligibilityService;
import org.doudi.rules.profile.ProblemText;
import org.doudi.rules.profile.ProfileRepository;

import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The base of every {@code doudi} subcommand: the shared {@code --rules}/{@code --params} options, the lazily built
 * service, UTF-8 standard streams, input reading, and the mapping of failures to exit codes:
 * <ul>
 *   <li>{@link CliFailure} (unreadable or unwritable file): its message on standard error (in the language of
 *       {@code --lang}: {@link ProblemText} words it in Chinese), exit 1;</li>
 *   <li>{@link PolicyConfigurationException} escaping {@link #run()} (rules or profiles that do not build):
 *       {@code {"configurationError": {...}}} on standard output, exit 3.</li>
 * </ul>
 * Other exceptions go to the command line's execution exception handler (exit 1).
 */
public abstract class DoudiSubcommand implements Callable<Integer> {

    /** The file name that means standard input. */
    protected static final String STDIN = "-";

    @Spec
    CommandSpec spec;

    @Mixin
    RuleSourceOptions sources = new RuleSourceOptions();

    /**
     * Does the command's work.
     *
     * @return the exit code, one of {@link ExitCodes}
     * @throws Exception on failure (see the class comment)
     */
    protected abstract int run() throws Exception;

    /** Runs {@link #run()}, mapping failures to exit codes, and flushes the output. */
    @Override
    public final Integer call() throws Exception {
        try {
            return run();
        } catch (CliFailure e) {
            err().print("doudi " + spec.name() + lang().pick("：", ": ")
                    + Scrubber.scrub(ProblemText.in(lang().locale(), e.getMessage())) + "\n");
            return ExitCodes.FAILURE;
        } catch (PolicyConfigurationException e) {
            printLine(out(), DoudiJson.writeConfigurationError(e, true));
            return ExitCodes.CONFIGURATION_ERROR;
        } finally {
            root().flush();
        }
    }

    /**
     * The language of this command's messages: its {@code --lang}, else the one given to {@code doudi}, else Chinese.
     *
     * @return the language, never null
     */
    protected final Lang lang() {
        CommandLine.Model.OptionSpec option = spec.findOption("--lang");
        return option != null && option.getValue() instanceof Lang l ? l : root().lang();
    }

    /** @return the top command, which holds the streams and the services */
    protected final DoudiCommand root() {
        return (DoudiCommand) spec.root().userObject();
    }

    /** @return standard output (UTF-8), never null */
    protected final PrintStream out() {
        return root().out();
    }

    /** @return standard error (UTF-8), never null */
    protected final PrintStream err() {
        return root().err();
    }

    /** @return the shared rule and profile folder options, never null */
    protected final RuleSourceOptions sources() {
        return sources;
    }

    /**
     * The service for {@code --rules} and {@code --params}, built on first use (once per process).
     *
     * @return the service, never null
     * @throws CliFailure if a given folder does not exist
     * @throws PolicyConfigurationException if the rules or profiles do not build
     */
    protected final DroolsEligibilityService service() {
        requireFolder("--rules", sources.rulesDir());
        requireFolder("--params", sources.paramsDir());
        return root().service(sources);
    }

    /**
     * The profiles for {@code --params}, without building the rules ({@code --rules} does not change them).
     *
     * @return the profiles, never null
     * @throws CliFailure if the given folder does not exist
     * @throws PolicyConfigurationException if the profiles do not load
     */
    protected final ProfileRepository profiles() {
        requireFolder("--params", sources.paramsDir());
        return sources.paramsDir() == null ? ProfileRepository.builtIn()
                : ProfileRepository.builtInWithOverlay(sources.paramsDir());
    }

    /**
     * A service for another pair of folders than {@code --rules}/{@code --params} (e.g. the old version of
     * {@code compare}), built on first use (once per process).
     *
     * @param rulesDir   a DRL folder, or null for the built-in rules
     * @param paramsDir  a profile overlay folder, or null for none
     * @return the service, never null
     * @throws CliFailure if a given folder does not exist
     * @throws PolicyConfigurationException if the rules or profiles do not build
     */
    protected final DroolsEligibilityService baseService(Path rulesDir, Path paramsDir) {
        requireFolder("--base-rules", rulesDir);
        requireFolder("--base-params", paramsDir);
        return root().service(rulesDir, paramsDir, sources.cache());
    }

    /**
     * @param option  the option that names the folder, for the message, not null
     * @param dir     the folder given, or null
     * @throws CliFailure if a folder is given that is not one
     */
    protected static void requireFolder(String option, Path dir) {
        if (dir != null && !Files.isDirectory(dir)) {
            throw new CliFailure("cannot read " + option + " folder " + dir + ": not a folder");
        }
    }

    /**
     * Reads a whole text file, or standard input for {@code -}, as UTF-8 (a leading byte order mark is dropped).
     *
     * @param file  the file name or {@code -}, not null
     * @return the text, never null
     * @throws CliFailure if the file cannot be read
     */
    protected final String readText(String file) {
        try {
            byte[] bytes = STDIN.equals(file) ? root().in().readAllBytes() : Files.readAllBytes(Path.of(file));
            return withoutBom(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw new CliFailure("cannot read " + describe(file) + ": " + reason(e), e);
        }
    }

    /** What a batch command does with one non-blank line of its input. */
    @FunctionalInterface
    protected interface LineHandler {
        /**
         * @param lineNumber  the physical line number, from 1
         * @param line        the line, without a leading byte order mark, not blank
         */
        void handle(int lineNumber, String line);
    }

    /**
     * Reads a JSON-lines file (or standard input for {@code -}) line by line, skipping blank lines, and hands each
     * other line with its physical line number to {@code handler}: the streaming loop of every batch command that
     * works one line at a time.
     *
     * @param file     the file name or {@code -}, not null
     * @param handler  what to do with each line, not null
     * @throws CliFailure if the file cannot be read
     */
    protected final void forEachLine(String file, LineHandler handler) {
        try (NumberedLines lines = lines(file)) {
            while (lines.hasNext()) {
                NumberedLine line = lines.next();
                handler.handle(line.number(), line.text());
            }
        }
    }

    /**
     * The non-blank lines of a JSON-lines file (or standard input for {@code -}), read as they are asked for: the
     * source of every batch command that hands its lines to the batch API. Close it when done.
     *
     * @param file  the file name or {@code -}, not null
     * @return the lines, never null
     * @throws CliFailure if the file cannot be opened (reading failures are thrown as the lines are read)
     */
    protected final NumberedLines lines(String file) {
        return new NumberedLines(openLines(file), file);
    }

    /**
     * A non-blank input line of a batch.
     *
     * @param number  the physical line number, from 1
     * @param text    the line, without a leading byte order mark, not blank
     */
    public record NumberedLine(int number, String text) {
    }

    /** The non-blank lines of a batch input, with their physical line numbers, read on demand. Not thread-safe. */
    protected static final class NumberedLines implements java.util.Iterator<NumberedLine>, AutoCloseable {
        private final BufferedReader reader;
        private final String file;
        private int physical;
        private NumberedLine next;
        private boolean done;

        NumberedLines(BufferedReader reader, String file) {
            this.reader = reader;
            this.file = file;
        }

        @Override
        public boolean hasNext() {
            while (next == null && !done) {
                String line = readLine(reader, file);
                if (line == null) {
                    done = true;
                } else {
                    physical++;
                    if (physical == 1) {
                        line = withoutBom(line);
                    }
                    if (!Bounds.isBlankLine(line)) {
                        next = new NumberedLine(physical, line);
                    }
                }
            }
            return next != null;
        }

        @Override
        public NumberedLine next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            NumberedLine line = next;
            next = null;
            return line;
        }

        /** @return the physical lines read so far, blank ones included */
        public int linesRead() {
            return physical;
        }

        @Override
        public void close() {
            try {
                reader.close();
            } catch (IOException e) {
                throw new CliFailure("cannot read " + describe(file) + ": " + reason(e), e);
            }
        }
    }

    /**
     * Opens a file (or standard input for {@code -}) for reading line by line, as UTF-8.
     *
     * @param file  the file name or {@code -}, not null
     * @return the reader, never null
     * @throws CliFailure if the file cannot be opened
     */
    protected final BufferedReader openLines(String file) {
        try {
            return new BufferedReader(new InputStreamReader(
                    STDIN.equals(file) ? root().in() : Files.newInputStream(Path.of(file)), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw new CliFailure("cannot read " + describe(file) + ": " + reason(e), e);
        }
    }

    /**
     * @param reader  a reader from {@link #openLines}, not null
     * @param file    its file name, for the message, not null
     * @return the next line, or null at the end
     * @throws CliFailure if reading fails
     */
    protected static String readLine(BufferedReader reader, String file) {
        try {
            return reader.readLine();
        } catch (IOException e) {
            throw new CliFailure("cannot read " + describe(file) + ": " + reason(e), e);
        }
    }

    /**
     * @param text  a text, not null
     * @return the text without a leading byte order mark
     */
    protected static String withoutBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * @param file  a file name or {@code -}
     * @return how to name it in a message
     */
    protected static String describe(String file) {
        return STDIN.equals(file) ? "standard input" : file;
    }

    /**
     * @param e  an I/O failure
     * @return a short reason for a message: the kind of failure and its message
     */
    protected static String reason(Exception e) {
        String kind = e.getClass().getSimpleName();
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "access denied";
        }
        return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
    }

    /**
     * Prints a text and one {@code \n} (never the platform's line separator).
     *
     * @param stream  the stream, not null
     * @param text    the text without final newline, not null
     */
    protected static void printLine(PrintStream stream, String text) {
        stream.print(text);
        stream.print('\n');
    }
}
