package org.doudi.rules.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.api.request.Masking;
import org.doudi.rules.api.screening.ScreeningJson;
import org.doudi.rules.api.screening.ScreeningSummary;
import org.doudi.rules.drools.screening.RegistryFileException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The Spark job that screens a caseload (排查), as {@code doudi screen} does on one machine:
 * <pre>
 * spark-submit --class org.doudi.rules.spark.ScreenJob doudi-spark.jar --caseload PATH [--registries DIR] --out PATH
 *     [--format jsonl|parquet] [--rules DIR] [--params DIR] [--lang zh|en] [--partitions N]
 * </pre>
 * Writes, under {@code --out}: {@code findings/} (per case, in caseload order, the line {@code doudi screen} prints,
 * or with {@code --format parquet} the rows of {@link DoudiScreening#SCHEMA}), {@code candidates/} (the lines of
 * {@code --candidates}, or {@link ScreeningRun#CANDIDATE}), {@code problems/} (the registry rows that cannot be read,
 * as {@code doudi screen} prints them on standard error, or {@link ScreeningRun#PROBLEM}) and {@code summary.json}
 * (the file of {@code --summary}, byte for byte). A bad case or registry row never fails the job.
 *
 * <p>Exit codes, as the command line's: 0 when the whole caseload was read; 1 a usage error (a registry folder holding
 * a file of no known registry, a registry without a required column) or an input or output that cannot be used; 3
 * rules or profiles that do not build ({@code {"configurationError": {...}}} on standard output, with file and line).
 */
@Command(name = "ScreenJob",
        mixinStandardHelpOptions = true,
        exitCodeOnInvalidInput = JobSupport.FAILURE,
        exitCodeOnExecutionException = JobSupport.FAILURE,
        description = "Screen a caseload of enrolled cases on Spark, against other departments' registries.")
public final class ScreenJob implements Callable<Integer> {

    private static final String NAME = "ScreenJob";

    @Option(names = "--caseload", required = true, paramLabel = "PATH",
            description = "The caseload: JSON lines (a file, a folder of files or a glob), or a Parquet table "
                    + "(a path ending in .parquet) with a column request, on any file system Spark reads.")
    String caseload;

    @Option(names = "--registries", paramLabel = "DIR",
            description = "A folder of registries, each named after its registry: the CSV files of doudi screen "
                    + "(deaths.csv, ...) or Parquet (deaths.parquet, ...). Any other file is a usage error.")
    String registries;

    @Mixin
    JobOptions options;

    private final PrintStream stdout;
    private final PrintStream stderr;
    private ScreeningSummary summary;

    ScreenJob(PrintStream stdout, PrintStream stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /**
     * Runs the job and exits with its code (only when not 0).
     *
     * @param args  the arguments above
     */
    public static void main(String[] args) {
        JobSupport.main(ScreenJob::run, args);
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
        return JobSupport.execute(NAME, new ScreenJob(stdout, stderr), stdout, stderr, args);
    }

    /** @return the summary of the last run, or null before it ended */
    ScreeningSummary summary() {
        return summary;
    }

    @Override
    public Integer call() {
        Locale locale = options.locale();
        if (!options.foldersExist(stderr)) {
            return JobSupport.FAILURE;
        }
        DoudiScreening screening;
        try {
            screening = DoudiScreening.fromDirectories(options.rulesDir, options.paramsDir).withLocale(locale);
        } catch (PolicyConfigurationException e) {
            stdout.println(DoudiJson.writeConfigurationError(e, true));
            return JobSupport.CONFIGURATION_ERROR;
        }
        SparkSession spark = SparkSession.getActiveSession()
                .getOrElse(() -> SparkSession.builder().appName("doudi-screen").getOrCreate());
        if (JobSupport.exists(spark, options.out)) {
            stderr.println(NAME + ": the output folder " + options.out + " exists: give a new one");
            return JobSupport.FAILURE;
        }
        long start = System.nanoTime();
        ScreeningRun run;
        String input;
        try {
            RegistryInputs given = registries == null ? RegistryInputs.none()
                    : RegistryInputs.fromDirectory(spark, registries);
            if (caseload.endsWith(".parquet") || caseload.endsWith(".parquet/")) {
                Dataset<Row> table = spark.read().parquet(caseload);
                run = screening.screen(table, given);
                input = "a Parquet table";
            } else {
                RequestFiles.Requests files = RequestFiles.read(spark, caseload, options.partitions);
                run = screening.screen(files.rows(), given, files.files().size() > 1);
                input = files.files().size() + " input file" + (files.files().size() == 1 ? "" : "s");
            }
        } catch (RegistryFileException | IllegalArgumentException e) {
            stderr.println(NAME + ": " + Masking.scrub(e.getMessage()));
            return JobSupport.FAILURE;
        }
        run.persist();
        try {
            if (options.parquet()) {
                run.findings().write().parquet(options.out + "/findings");
                run.candidates().write().parquet(options.out + "/candidates");
                run.problems().write().parquet(options.out + "/problems");
            } else {
                run.findingLines().write().text(options.out + "/findings");
                run.candidateLines().write().text(options.out + "/candidates");
                run.problemLines().write().text(options.out + "/problems");
            }
            summary = run.summary();
            writeSummary(spark, ScreeningJson.writeSummary(summary, true) + "\n");
            long failed = run.failed();
            double seconds = (System.nanoTime() - start) / 1e9;
            long rejected = summary.registries().values().stream().mapToLong(c -> c.rejected()).sum();
            stderr.println(NAME + ": " + summary.cases() + " cases: " + summary.casesWithFindings() + " with findings, "
                    + summary.invalid() + " invalid, " + summary.misconfigured() + " misconfigured, " + failed
                    + " failed; " + summary.candidates() + " candidates; " + rejected + " registry rows rejected ("
                    + input + ", " + run.findings().rdd().getNumPartitions() + " partitions); written to " + options.out
                    + " as " + options.format + String.format(Locale.ROOT, " in %.1f s (%.0f cases/s)", seconds,
                    summary.cases() / Math.max(seconds, 1e-9)));
        } finally {
            run.unpersist();
        }
        return 0;
    }

    private void writeSummary(SparkSession spark, String json) {
        org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(options.out, "summary.json");
        try (OutputStream o = file.getFileSystem(spark.sparkContext().hadoopConfiguration()).create(file, false)) {
            o.write(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
