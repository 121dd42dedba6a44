package org.doudi.rules.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.doudi.rules.api.batch.BatchOptions;
import org.doudi.rules.api.screening.CaseInput;
import org.doudi.rules.api.screening.ScreeningJson;
import org.doudi.rules.api.screening.ScreeningListener;
import org.doudi.rules.api.screening.ScreeningResult;
import org.doudi.rules.api.screening.ScreeningSummary;
import org.doudi.rules.drools.DroolsEligibilityService;
import org.doudi.rules.drools.screening.CaseloadScreener;
import org.doudi.rules.drools.screening.Registries;

/**
 * Screening on Spark in local mode ({@code local[2]}), on a cluster's classpath (Spark's own jars and the job jar): the
 * planted caseload of {@code examples/screening} gives, byte for byte, what {@code doudi screen} gives.
 */
class ScreenJobIT {

    static final Path EXAMPLES = Path.of("..", "examples", "screening").toAbsolutePath().normalize();
    static final Path CASELOAD = EXAMPLES.resolve("caseload.jsonl");
    static final Path REGISTRIES = EXAMPLES.resolve("registries");

    @TempDir
    static Path work;

    private static SparkSession spark;
    private static Cli cli;

    /** What {@code doudi screen} wrote: findings, candidates, summary (its files), registry problems (its stderr). */
    record Cli(String findings, String candidates, String summary, String problems) {
    }

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("doudi-screen-it")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "3")
                .config("spark.sql.debug.maxToStringFields", "1000")   // the plans the test reads, untruncated
                .getOrCreate();
        Path dir = work.resolve("cli");
        Fixtures.Output run = Fixtures.run(List.of(Fixtures.java(), "-jar", System.getProperty("doudi.cli.jar"),
                "screen", CASELOAD.toString(), "--registries", REGISTRIES.toString(),
                "--out", dir.resolve("findings.jsonl").toString(), "--candidates",
                dir.resolve("candidates.jsonl").toString(), "--summary", dir.resolve("summary.json").toString()),
                dir, 0);
        cli = new Cli(Fixtures.read(dir.resolve("findings.jsonl")), Fixtures.read(dir.resolve("candidates.jsonl")),
                Fixtures.read(dir.resolve("summary.json")), run.stderr());
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private record Job(int code, String stderr) {
    }

    private static Job job(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = ScreenJob.run(System.out, new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return new Job(code, err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theJobWritesWhatTheCommandLineWritesByteForByte() {
        assertThat(cli.findings().lines()).hasSize(32);
        assertThat(cli.problems().lines()).hasSize(5);
        for (int partitions : new int[] {1, 7}) {
            Path out = work.resolve("out-" + partitions);

            Job run = job("--caseload", CASELOAD.toString(), "--registries", REGISTRIES.toString(),
                    "--out", out.toString(), "--partitions", String.valueOf(partitions));

            assertThat(run.code()).isZero();
            assertThat(Fixtures.partFileList(out.resolve("findings"))).hasSize(partitions);
            assertThat(Fixtures.partFiles(out.resolve("findings"))).isEqualTo(cli.findings());
            assertThat(Fixtures.partFiles(out.resolve("candidates"))).isEqualTo(cli.candidates());
            assertThat(Fixtures.partFiles(out.resolve("problems"))).isEqualTo(cli.problems());
            assertThat(Fixtures.read(out.resolve("summary.json"))).isEqualTo(cli.summary());
            assertThat(run.stderr()).contains("ScreenJob: 32 cases: 26 with findings, 2 invalid, 1 misconfigured, "
                    + "0 failed; 3 candidates; 5 registry rows rejected (1 input file, " + partitions + " partitions)");
        }
    }

    /** The registries of the examples as Parquet tables; deaths without a {@code line} column. */
    private static Path parquetRegistries() {
        Path dir = work.resolve("registries-parquet");
        try (Stream<Path> files = Files.list(REGISTRIES)) {
            for (Path csv : files.sorted().toList()) {
                String name = csv.getFileName().toString().replace(".csv", "");
                Dataset<Row> table = spark.read().option("header", "true").csv(csv.toString()).coalesce(1);
                if (!name.equals("deaths")) {
                    // one row per line after the header in these files: the CSV line of each row
                    table = table.withColumn("line", functions.monotonically_increasing_id().plus(2));
                }
                table.write().parquet(dir.resolve(name + ".parquet").toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    @Test
    void parquetInParquetOut() {
        Path caseload = work.resolve("caseload.parquet");
        DoudiScreening.readCaseload(spark, CASELOAD.toString(), 2).write().parquet(caseload.toString());
        Path out = work.resolve("out-parquet");

        Job run = job("--caseload", caseload.toString(), "--registries", parquetRegistries().toString(),
                "--out", out.toString(), "--format", "parquet");

        assertThat(run.code()).as(run.stderr()).isZero();
        Dataset<Row> findings = spark.read().parquet(out.resolve("findings").toString());
        assertThat(findings.schema()).isEqualTo(DoudiScreening.SCHEMA.asNullable());
        // the deaths table has no line column: its rows are numbered from 1, so the first row is record 1, not line 2
        String expected = cli.findings().replace("deaths.csv:2", "deaths.csv:1");
        assertThat(lines(findings.orderBy("line"), "json")).isEqualTo(expected);
        assertThat(lines(spark.read().parquet(out.resolve("candidates").toString()).orderBy("line"), "json"))
                .isEqualTo(cli.candidates());
        assertThat(lines(spark.read().parquet(out.resolve("problems").toString()).orderBy("file", "line"), "text")
                .lines().sorted().toList())
                .isEqualTo(cli.problems().replace("deaths.csv:4", "deaths.csv:3")
                        .replace("deaths.csv:5", "deaths.csv:4").lines().sorted().toList());
        assertThat(Fixtures.read(out.resolve("summary.json"))).isEqualTo(cli.summary());

        Map<String, Row> byCase = findings.collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getAs("caseId") == null ? "line " + r.getAs("line") : r.getAs("caseId"),
                        r -> r));
        Row hn22 = byCase.get("HN-22");
        assertThat(hn22.<String>getAs("status")).isEqualTo("SCREENED");
        assertThat(hn22.<String>getAs("outcome")).isEqualTo("ELIGIBLE");
        assertThat(hn22.<java.math.BigDecimal>getAs("overpaid")).isEqualByComparingTo("524.00");
        assertThat(hn22.getList(hn22.fieldIndex("findings"))).hasSize(3);
        Row malformed = byCase.get("line 31");
        assertThat(malformed.<String>getAs("status")).isEqualTo("INVALID");
        assertThat(malformed.getList(malformed.fieldIndex("errors"))).isNotEmpty();
        Row wujin = byCase.get("WJ-31");
        assertThat(wujin.<String>getAs("status")).isEqualTo("MISCONFIGURED");
        assertThat(wujin.getStruct(wujin.fieldIndex("configurationError")).<String>getAs("profile"))
                .isEqualTo("js-wujin");
    }

    private static String lines(Dataset<Row> rows, String column) {
        StringBuilder text = new StringBuilder();
        rows.select(column).collectAsList().forEach(r -> text.append(r.getString(0)).append('\n'));
        return text.toString();
    }

    /** The examples' registries, public payroll with an employer over two lines (RFC 4180) and a row after it. */
    private static Path registriesWithAQuotedLineBreak() throws IOException {
        Path dir = Files.createDirectories(work.resolve("registries-quoted"));
        try (Stream<Path> files = Files.list(REGISTRIES)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Files.writeString(dir.resolve("public-payroll.csv"), "employer,idNumber\n"
                + "\"某局, \"\"综合\"\"科\n二室\",620422197404041302\n"
                + "某站,620422197303031291\n"
                + "某所,bad\n", StandardCharsets.UTF_8);
        return dir;
    }

    /** The library's screening of the examples' caseload, the cases read as the job reads them. */
    private static List<String> libraryLines(Path registries, Locale locale, List<String> problems) {
        List<String> lines = Fixtures.read(CASELOAD).lines().toList();
        List<CaseInput> cases = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                cases.add(DoudiScreening.caseInput(RowFactory.create(null, i + 1L, lines.get(i))));
            }
        }
        List<String> out = new ArrayList<>();
        CaseloadScreener.of(DroolsEligibilityService.builtIn()).screen(cases::stream, Registries.fromDirectory(registries),
                locale, BatchOptions.threads(2), new ScreeningListener() {
                    @Override
                    public void screened(ScreeningResult result) {
                        out.add(ScreeningJson.writeResult(result));
                    }

                    @Override
                    public void registryProblem(org.doudi.rules.api.screening.RegistryProblem problem) {
                        problems.add(problem.toString());
                    }
                });
        return out;
    }

    @Test
    void theJavaApiScreensAsTheLibraryDoesWithoutCollectingRegistries() throws IOException {
        Path registries = registriesWithAQuotedLineBreak();
        List<String> libraryProblems = new ArrayList<>();
        List<String> expected = libraryLines(registries, Locale.ENGLISH, libraryProblems);

        ScreeningRun run = DoudiScreening.builtIn().withLocale(Locale.ENGLISH).screen(
                DoudiScreening.readCaseload(spark, CASELOAD.toString(), 5),
                RegistryInputs.fromDirectory(spark, registries.toString())).persist();
        try {
            assertThat(run.findingLines().collectAsList()).isEqualTo(expected);
            assertThat(expected).anyMatch(l -> l.contains("\"REGISTRY_PUBLIC_PAYROLL\"") && l.contains("二室")
                    && l.contains("public-payroll.csv:2"));
            assertThat(run.problemLines().collectAsList()).isEqualTo(libraryProblems)
                    .contains("public-payroll.csv:5: idNumber \"bad\": must be 15 or 18 characters of digits with an "
                            + "optional final X");
            ScreeningSummary summary = run.summary();
            assertThat(summary.registries().get("public-payroll.csv"))
                    .isEqualTo(new org.doudi.rules.api.screening.RegistryCount(3, 1, 2));
            assertThat(summary.cases()).isEqualTo(32);

            // the registries reach the cases only through shuffles: every join, as it ran (adaptive execution
            // included), is a sort-merge join that broadcast neither side; the caseload itself is never shuffled
            assertThat(run.joins()).hasSize(2);
            for (Dataset<Row> join : run.joins()) {
                String plan = ranPlan(join);
                assertThat(plan).contains("isFinalPlan=true").contains("SortMergeJoin").doesNotContain("Broadcast");
            }
            assertThat(run.caseload().toDebugString()).doesNotContain("Shuffled");
            assertThat(run.factsByCase().toDebugString()).contains("ShuffledRDD");
        } finally {
            run.unpersist();
        }
    }

    /** The physical plan a kept Dataset was computed with, as adaptive execution left it. */
    private static String ranPlan(Dataset<Row> kept) {
        var classic = (org.apache.spark.sql.classic.SparkSession) spark;
        return classic.sharedState().cacheManager()
                .lookupCachedData((org.apache.spark.sql.classic.Dataset<?>) kept).get()
                .cachedRepresentation().cacheBuilder().cachedPlan().toString();
    }

    @Test
    void aCaseTheRulesThrowOnIsAMisconfiguredRowAndTheJobSucceeds() throws IOException {
        List<String> lines = Fixtures.read(CASELOAD).lines().toList();
        Path caseload = work.resolve("caseload-failing.jsonl");
        Files.writeString(caseload, String.join("\n", lines) + "\n"
                + lines.get(0).replace("\"HN-01\"", "\"" + Fixtures.FAILING_CASE + "\"") + "\n", StandardCharsets.UTF_8);

        List<Row> rows = DoudiScreening.of(DoudiSparkIT.analystSource()).screen(
                DoudiScreening.readCaseload(spark, caseload.toString(), 2), RegistryInputs.none())
                .findings().collectAsList();

        assertThat(rows).hasSize(33);
        // an analyst's rule that throws is a configuration error naming the rule, as in the library; identifiers masked
        Row failed = rows.get(32);
        assertThat(failed.<String>getAs("status")).isEqualTo("MISCONFIGURED");
        Row error = failed.getStruct(failed.fieldIndex("configurationError"));
        assertThat(error.<String>getAs("message")).contains("**************1234").doesNotContain("620422196501011234");
        assertThat(failed.<String>getAs("json")).startsWith("{\"line\":34,\"caseId\":\"FAIL-1\",\"configurationError\":")
                .doesNotContain("620422196501011234");
        assertThat(rows.subList(0, 32)).extracting(r -> r.<String>getAs("status"))
                .doesNotContain("FAILED").contains("SCREENED", "INVALID", "MISCONFIGURED");
    }

    @Test
    void registriesThatCannotBeUsedAreUsageErrorsBeforeAnyWork() throws IOException {
        Path unknown = Files.createDirectories(work.resolve("registries-unknown"));
        Files.writeString(unknown.resolve("death.csv"), "idNumber,deathDate\n", StandardCharsets.UTF_8);
        Job misspelt = job("--caseload", CASELOAD.toString(), "--registries", unknown.toString(),
                "--out", work.resolve("out-unknown").toString());
        assertThat(misspelt.code()).isEqualTo(1);
        assertThat(misspelt.stderr()).contains("death.csv").contains("no known registry");

        Path missing = Files.createDirectories(work.resolve("registries-missing"));
        Files.writeString(missing.resolve("vehicles.csv"), "ownerIdNumber,registeredOn\n620422197202021279,2019-01-01\n",
                StandardCharsets.UTF_8);
        Job noKind = job("--caseload", CASELOAD.toString(), "--registries", missing.toString(),
                "--out", work.resolve("out-missing").toString());
        assertThat(noKind.code()).isEqualTo(1);
        assertThat(noKind.stderr()).contains("vehicles.csv").contains("kind").doesNotContain("\tat ");
        assertThat(work.resolve("out-missing")).doesNotExist();
    }
}
