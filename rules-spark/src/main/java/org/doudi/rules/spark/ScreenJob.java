package org.doudi.rules.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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

    /** The output formats. */
    enum Format { jsonl, parquet }

    @Option(names = "--caseload", required = true, paramLabel = "PATH",
            description = "The caseload: JSON lines (a file, a folder of files or a glob), or a Parquet table "
                    + "(a path ending in .parquet) with a column request, on any file system Spark reads.")
    String caseload;

    @Option(names = "--registries", paramLabel = "DIR",
            description = "A folder of registries, each named after its registry: the CSV files of doudi screen "
                    + "(deaths.csv, ...) or Parquet (deaths.parquet, ...). Any other file is a usage error.")
    String registries;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "The output folder (must not exist): findings, candidates, problems, summary.json.")
    String out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "jsonl (the lines of doudi screen, the default) or parquet (columns).")
    Format format;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A folder of DRL files replacing the built-in rules (on the driver's file system).")
    Path rulesDir;

    @Option(names = "--params", paramLabel = "DIR",
            description = "A folder of profile YAML files overlaid on the built-in profiles (on the driver's file system).")
    Path paramsDir;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh",
            description = "The language of details and registry problems: zh (the default) or en.")
    String lang;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Split a JSON-lines caseload into about N partitions (default: as the file system splits it).")
    int partitions;

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
        Locale locale = JobSupport.locale(lang, this);
        if (!JobSupport.foldersExist(NAME, stderr, rulesDir, paramsDir)) {
            return JobSupport.FAILURE;
        }
        DoudiScreening screening;
        try {
            screening = DoudiScreening.fromDirectories(rulesDir, paramsDir).withLocale(locale);
        } catch (PolicyConfigurationException e) {
            stdout.println(DoudiJson.writeConfigurationError(e, true));
            return JobSupport.CONFIGURATION_ERROR;
        }
        SparkSession spark = SparkSession.getActiveSession()
                .getOrElse(() -> SparkSession.builder().appName("doudi-screen").getOrCreate());
        if (JobSupport.exists(spark, out)) {
            stderr.println(NAME + ": the output folder " + out + " exists: give a new one");
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
                RequestFiles.Requests files = RequestFiles.read(spark, caseload, partitions);
                run = screening.screen(files.rows(), given, files.files().size() > 1);
                input = files.files().size() + " input file" + (files.files().size() == 1 ? "" : "s");
            }
        } catch (RegistryFileException | IllegalArgumentException e) {
            stderr.println(NAME + ": " + Masking.scrub(e.getMessage()));
            return JobSupport.FAILURE;
        }
        run.persist();
        try {
            if (format == Format.parquet) {
                run.findings().write().parquet(out + "/findings");
                run.candidates().write().parquet(out + "/candidates");
                run.problems().write().parquet(out + "/problems");
            } else {
                run.findingLines().write().text(out + "/findings");
                run.candidateLines().write().text(out + "/candidates");
                run.problemLines().write().text(out + "/problems");
            }
            summary = run.summary();
            writeSummary(spark, ScreeningJson.writeSummary(summary, true) + "\n");
            long failed = run.failed();
            double seconds = (System.nanoTime() - start) / 1e9;
            long rejected = summary.registries().values().stream().mapToLong(c -> c.rejected()).sum();
            stderr.println(NAME + ": " + summary.cases() + " cases: " + summary.casesWithFindings() + " with findings, "
                    + summary.invalid() + " invalid, " + summary.misconfigured() + " misconfigured, " + failed
                    + " failed; " + summary.candidates() + " candidates; " + rejected + " registry rows rejected ("
                    + input + ", " + run.findings().rdd().getNumPartitions() + " partitions); written to " + out
                    + " as " + format + String.format(Locale.ROOT, " in %.1f s (%.0f cases/s)", seconds,
                    summary.cases() / Math.max(seconds, 1e-9)));
        } finally {
            run.unpersist();
        }
        return 0;
    }

    private void writeSummary(SparkSession spark, String json) {
        org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(out, "summary.json");
        try (OutputStream o = file.getFileSystem(spark.sparkContext().hadoopConfiguration()).create(file, false)) {
            o.write(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
