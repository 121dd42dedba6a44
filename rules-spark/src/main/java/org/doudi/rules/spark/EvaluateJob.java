package org.doudi.rules.spark;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.api.request.Masking;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The Spark job that decides a file of requests:
 * <pre>
 * spark-submit --class org.doudi.rules.spark.EvaluateJob doudi-spark.jar --requests PATH --out PATH
 *     [--format jsonl|parquet] [--rules DIR] [--params DIR] [--lang zh|en] [--partitions N]
 * </pre>
 * {@code --format jsonl} (the default) writes, per request, the line {@code doudi evaluate --batch} prints, in input
 * order across the part files; {@code parquet} writes the rows of {@link DoudiSpark#SCHEMA}. A bad request never
 * fails the job. The counts by status go to standard error at the end.
 *
 * <p>Exit codes, as the command line's: 0 when every request was read and a row written for it; 1 a usage error or
 * an input or output that cannot be used; 3 rules or profiles that do not build ({@code {"configurationError":
 * {...}}} on standard output, with file and line).
 */
@Command(name = "EvaluateJob",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = EvaluateJob.FAILURE,
        exitCodeOnExecutionException = EvaluateJob.FAILURE,
        description = "Decide JSON-lines requests on Spark; one output row per request.")
public final class EvaluateJob implements Callable<Integer> {

    /** Usage error, unreadable input, unwritable output. */
    static final int FAILURE = 1;
    /** Rules or profiles that do not build. */
    static final int CONFIGURATION_ERROR = 3;

    /** The output formats. */
    enum Format { jsonl, parquet }

    @Option(names = "--requests", required = true, paramLabel = "PATH",
            description = "JSON-lines requests: a file, a folder of files or a glob, on any file system Spark reads.")
    String requests;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "The output folder (must not exist).")
    String out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl (the lines of `doudi evaluate --batch`, the default) or parquet (one column each).")
    Format format;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A folder of DRL files replacing the built-in rules (on the driver's file system).")
    Path rulesDir;

    @Option(names = "--params", paramLabel = "DIR",
            description = "A folder of profile YAML files overlaid on the built-in profiles (on the driver's file system).")
    Path paramsDir;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh",
            description = "The language of reason messages: zh (the default) or en.")
    String lang;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Split the input into about N partitions (default: as the file system splits it).")
    int partitions;

    @Option(names = "--threads-per-task", paramLabel = "N", defaultValue = "1",
            description = "Threads deciding each partition (default 1: Spark runs one task per core).")
    int threadsPerTask;

    private final PrintStream stdout;
    private final PrintStream stderr;
    private CaseCounts counts;

    EvaluateJob(PrintStream stdout, PrintStream stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /**
     * Runs the job and exits with its code (only when not 0, so that a cluster manager sees a normal end).
     *
     * @param args  the arguments above
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        int code = run(out, err, args);
        SparkSession.getActiveSession().foreach(session -> {
            session.stop();
            return null;
        });
        if (code != 0) {
            System.exit(code);
        }
    }

    /**
     * Runs the job in the active Spark session (one is created when none is active) and leaves the session open.
     *
     * @param stdout  where a configuration error goes, not null
     * @param stderr  where usage errors and the counts go, not null
     * @param args    the arguments
     * @return the exit code
     */
    static int run(PrintStream stdout, PrintStream stderr, String... args) {
        EvaluateJob job = new EvaluateJob(stdout, stderr);
        CommandLine cl = new CommandLine(job).setCaseInsensitiveEnumValuesAllowed(true);
        cl.setOut(new PrintWriter(stdout, true));
        cl.setErr(new PrintWriter(stderr, true));
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            stderr.println("EvaluateJob: " + Masking.scrub(String.valueOf(e.getMessage())));
            return FAILURE;
        });
        return cl.execute(args);
    }

    /** @return the counts of the last run, or null before it wrote anything */
    CaseCounts counts() {
        return counts;
    }

    @Override
    public Integer call() {
        Locale locale = switch (lang.toLowerCase(Locale.ROOT)) {
            case "zh" -> Locale.CHINESE;
            case "en" -> Locale.ENGLISH;
            default -> throw new CommandLine.ParameterException(new CommandLine(this),
                    "--lang: '" + lang + "' is not a language: use zh or en");
        };
        for (Path dir : new Path[] {rulesDir, paramsDir}) {
            if (dir != null && !Files.isDirectory(dir)) {
                stderr.println("EvaluateJob: cannot read folder " + dir + ": not a folder");
                return FAILURE;
            }
        }
        DoudiSpark doudi;
        try {
            doudi = DoudiSpark.fromDirectories(rulesDir, paramsDir).withLocale(locale);
        } catch (PolicyConfigurationException e) {
            stdout.println(DoudiJson.writeConfigurationError(e, true));
            return CONFIGURATION_ERROR;
        }
        if (threadsPerTask < 1) {
            stderr.println("EvaluateJob: --threads-per-task must be at least 1");
            return FAILURE;
        }
        SparkSession spark = SparkSession.getActiveSession()
                .getOrElse(() -> SparkSession.builder().appName("doudi-evaluate").getOrCreate());
        counts = CaseCounts.register(spark.sparkContext());
        doudi = doudi.withThreadsPerTask(threadsPerTask).withCounts(counts);
        long start = System.nanoTime();
        RequestFiles.Requests input = RequestFiles.read(spark, requests, partitions);
        if (format == Format.parquet) {
            Dataset<Row> rows = doudi.evaluate(input.rows());
            rows.write().parquet(out);
        } else {
            doudi.batchLines(input.rows(), input.files().size() > 1).write().text(out);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        stderr.println("EvaluateJob: " + counts + " (" + input.files().size() + " input file"
                + (input.files().size() == 1 ? "" : "s") + ", " + input.rows().rdd().getNumPartitions()
                + " partitions); written to " + out + " as " + format + String.format(Locale.ROOT,
                " in %.1f s (%.0f requests/s)", seconds, counts.total() / Math.max(seconds, 1e-9)));
        return 0;
    }
}
