package org.doudi.rules.spark;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.spark.sql.SparkSession;
import org.doudi.rules.api.DoudiException;
import org.doudi.rules.api.request.Masking;

import picocli.CommandLine;

/** What the jobs to submit share: standard streams, the command line, the language, the end of the run. */
final class JobSupport {

    /** Usage error, unreadable input, unwritable output. */
    static final int FAILURE = 1;
    /** Rules or profiles that do not build. */
    static final int CONFIGURATION_ERROR = 3;

    private JobSupport() {
    }

    /**
     * Runs a job from {@code main}: UTF-8 standard streams, then the session stopped, then the exit code (only when not
     * 0, so that a cluster manager sees a normal end).
     *
     * @param run   the job's {@code run(stdout, stderr, args)}
     * @param args  the arguments
     */
    static void main(Run run, String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run.run(out, err, args);
        SparkSession.getActiveSession().foreach(session -> {
            session.stop();
            return null;
        });
        if (code != 0) {
            System.exit(code);
        }
    }

    /** A job's entry point. */
    interface Run {
        int run(PrintStream stdout, PrintStream stderr, String... args);
    }

    /**
     * Parses the arguments into a job and runs it; an exception it throws becomes one line on standard error, the
     * cause that says what went wrong (a Spark task's failure is wrapped), identifiers masked, and exit 1.
     *
     * @param name    the job's name, for messages
     * @param job     the job (a picocli command), not null
     * @param stdout  standard output, not null
     * @param stderr  standard error, not null
     * @param args    the arguments
     * @return the exit code
     */
    static int execute(String name, Object job, PrintStream stdout, PrintStream stderr, String... args) {
        CommandLine cl = new CommandLine(job).setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(new PrintWriter(stdout, true));
        cl.setErr(new PrintWriter(stderr, true));
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            stderr.println(name + ": " + describe(e));
            return FAILURE;
        });
        return cl.execute(args);
    }

    /**
     * @param e  an exception, not null
     * @return the message of the first of the library's exceptions among its causes, else the first line of its own
     *         message; identifiers masked
     */
    static String describe(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DoudiException) {
                return Masking.scrub(String.valueOf(t.getMessage()));
            }
        }
        String message = String.valueOf(e.getMessage());
        return Masking.scrub(message.lines().findFirst().orElse(message));
    }

    /**
     * @param lang  zh or en (any case)
     * @param job   the command, for the usage error
     * @return the locale
     * @throws CommandLine.ParameterException for another language
     */
    static Locale locale(String lang, Object job) {
        return switch (lang.toLowerCase(Locale.ROOT)) {
            case "zh" -> Locale.CHINESE;
            case "en" -> Locale.ENGLISH;
            default -> throw new CommandLine.ParameterException(new CommandLine(job),
                    "--lang: '" + lang + "' is not a language: use zh or en");
        };
    }

    /**
     * @param name    the job's name
     * @param stderr  where the problem goes, not null
     * @param dirs    the analyst's folders given (null for none)
     * @return true if every folder given is a folder (else the problem is printed)
     */
    static boolean foldersExist(String name, PrintStream stderr, Path... dirs) {
        for (Path dir : dirs) {
            if (dir != null && !Files.isDirectory(dir)) {
                stderr.println(name + ": cannot read folder " + dir + ": not a folder");
                return false;
            }
        }
        return true;
    }

    /**
     * @param spark  the session, for its file systems
     * @param path   an output path
     * @return true if something exists there
     */
    static boolean exists(SparkSession spark, String path) {
        try {
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
            return p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot look at " + path + ": " + e.getMessage(), e);
        }
    }
}
