package org.doudi.rules.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction2;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.json.DecodedRequest;
import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.api.screening.CaseInput;
import org.doudi.rules.api.screening.Finding;
import org.doudi.rules.api.screening.ScreeningJson;
import org.doudi.rules.api.screening.ScreeningResult;
import org.doudi.rules.drools.screening.CaseKeys;
import org.doudi.rules.drools.screening.CaseloadScreener;

import scala.Tuple2;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * Caseload screening (排查) over Spark Datasets: the same findings, candidates and summary as {@code doudi screen}
 * ({@link CaseloadScreener}), for a caseload and registries that live on a cluster.
 *
 * <pre>{@code
 * DoudiScreening screening = DoudiScreening.builtIn();                  // or fromDirectories(rules, params)
 * Dataset<Row> caseload = DoudiScreening.readCaseload(spark, "hdfs:///dibao/2026q4/caseload.jsonl", 0);
 * RegistryInputs registries = RegistryInputs.fromDirectory(spark, "hdfs:///dibao/2026q4/registries")
 *         .withTable(Registry.DEATHS, spark.table("civil.deaths"));    // or CSV files, or nothing
 * ScreeningRun run = screening.screen(caseload, registries).persist();
 * run.findings().where("size(findings) > 0").show();                   // SCHEMA
 * ScreeningSummary summary = run.summary();
 * }</pre>
 *
 * <p>How it runs (no step collects the caseload or a registry to the driver; only counts come back):
 * <ol>
 *   <li>each case is read as {@code doudi screen} reads it and exploded into its ID numbers ({@link CaseKeys}); an
 *       aggregation per ID number gives the cross-case facts: the cases covering it, the cards it holds;</li>
 *   <li>each registry is read by the library's own reader (a CSV file in one task, a table in parallel) and joined
 *       to those ID numbers by a shuffle (sort-merge) join: rows of listed members are kept, monitored people whom no
 *       case covers become candidates, unreadable rows are kept as problems; counts travel as records;</li>
 *   <li>the facts of the ID numbers that something beyond their case is known of are sent to the partition of each
 *       case that has them (the caseload itself is never shuffled), and each case is screened there by the library
 *       ({@link CaseloadScreener#screenCase}) with the rules built once per executor JVM ({@link ServiceCache}).</li>
 * </ol>
 * Results come in the caseload's order: for files read with {@link #readCaseload}, by file and line. A bad case never
 * fails the job: it gets its error row, and a case the rules throw on (an analyst's broken rule) a {@code FAILED}
 * row.
 *
 * <p>Immutable and serialisable; build it on the driver. Classic Spark only (not Spark Connect).
 */
public final class DoudiScreening implements Serializable {

    private static final long serialVersionUID = 1L;

    /** {@code status} of a case screened (its findings may be empty). */
    public static final String SCREENED = "SCREENED";
    /** {@code status} of an invalid case (malformed JSON included), not screened. */
    public static final String INVALID = CaseStatus.INVALID.name();
    /** {@code status} of a case its profile cannot decide, not screened. */
    public static final String MISCONFIGURED = CaseStatus.MISCONFIGURED.name();
    /** {@code status} of a case the rules threw on (Spark only; the command line stops there). */
    public static final String FAILED = CaseStatus.FAILED.name();

    /** One finding: the fields of the command line's findings line. */
    public static final StructType FINDING = new StructType()
            .add("code", DataTypes.StringType, false)
            .add("memberId", DataTypes.StringType)
            .add("detail", DataTypes.StringType, false)
            .add("ruleId", DataTypes.StringType, false)
            .add("clause", DataTypes.StringType, false);

    /**
     * The rows of {@link ScreeningRun#findings()}, one per case:
     * <ul>
     *   <li>{@code file}, {@code line}: where the case came from (null when unknown); {@code caseId} as given;</li>
     *   <li>{@code status}: {@link #SCREENED}, {@link #INVALID}, {@link #MISCONFIGURED} or {@link #FAILED};</li>
     *   <li>{@code findings}: in line order (registry findings first), empty for a clean case;</li>
     *   <li>{@code outcome}, {@code coverage}, {@code monthlyAmount}: the re-evaluation (with the registries' facts
     *       applied); {@code overpaid}, {@code underpaid}: the monthly money at stake on this case, exact;</li>
     *   <li>{@code errors}, {@code configurationError}, {@code failure}: why a case was not screened;</li>
     *   <li>{@code json}: the line {@code doudi screen} prints for the case, byte for byte.</li>
     * </ul>
     */
    public static final StructType SCHEMA = new StructType()
            .add("file", DataTypes.StringType)
            .add("line", DataTypes.LongType)
            .add("caseId", DataTypes.StringType)
            .add("status", DataTypes.StringType, false)
            .add("findings", DataTypes.createArrayType(FINDING, false))
            .add("outcome", DataTypes.StringType)
            .add("coverage", DataTypes.StringType)
            .add("monthlyAmount", DataTypes.createDecimalType(17, 2))
            .add("overpaid", DataTypes.createDecimalType(17, 2))
            .add("underpaid", DataTypes.createDecimalType(17, 2))
            .add("errors", DataTypes.createArrayType(DoudiSpark.PROBLEM, false))
            .add("configurationError", DoudiSpark.CONFIGURATION_ERROR)
            .add("failure", DataTypes.StringType)
            .add("json", DataTypes.StringType, false);

    /** The ID numbers of each case ({@link CaseKeys}), with the case's identity ({@link CasePartitioner#index}). */
    static final StructType KEYS = new StructType()
            .add("key", DataTypes.StringType, false)
            .add("caseIndex", DataTypes.LongType, false)
            .add("line", DataTypes.LongType, false)
            .add("caseId", DataTypes.StringType)
            .add("listed", DataTypes.BooleanType, false)
            .add("covered", DataTypes.BooleanType, false)
            .add("cards", DataTypes.IntegerType, false);

    /**
     * What is shipped to a case about one of its ID numbers ({@link ShippedFacts}): the covering cases when more than
     * one case covers it, the cards held when cards of several cases have it as holder, its registry rows.
     */
    static final StructType KEY_FACTS = new StructType()
            .add("caseIndex", DataTypes.LongType, false)
            .add("key", DataTypes.StringType, false)
            .add("covering", DataTypes.createArrayType(new StructType()
                    .add("caseIndex", DataTypes.LongType, false)
                    .add("line", DataTypes.LongType, false)
                    .add("caseId", DataTypes.StringType)))
            .add("cardsHeld", DataTypes.LongType)
            .add("rows", DataTypes.createArrayType(RegistryRecords.ROW_FIELDS, false));

    private final RuleSource source;
    private final String languageTag;

    private DoudiScreening(RuleSource source, String languageTag) {
        this.source = Objects.requireNonNull(source, "source");
        this.languageTag = languageTag;
    }

    /** @return screening with the built-in rules and profiles, Chinese details, never null */
    public static DoudiScreening builtIn() {
        return of(RuleSource.builtIn());
    }

    /**
     * Screening whose re-evaluation uses an analyst's rules and profiles ({@code --rules DIR}, {@code --params DIR}),
     * read now on the driver and checked by building them once. The screening rules themselves are the built-in ones.
     *
     * @param rulesDir   a folder of DRL files replacing the built-in rules, or null
     * @param paramsDir  a folder of profile files overlaid on the built-in profiles, or null
     * @return the screening, never null
     * @throws PolicyConfigurationException naming the file and line of the first problem
     */
    public static DoudiScreening fromDirectories(Path rulesDir, Path paramsDir) {
        return of(RuleSource.fromDirectories(rulesDir, paramsDir));
    }

    /**
     * @param source  the rules and profiles, not null
     * @return screening with them, Chinese details, never null
     */
    public static DoudiScreening of(RuleSource source) {
        return new DoudiScreening(source, Locale.CHINESE.toLanguageTag());
    }

    /**
     * @param locale  English for {@code en}, Chinese otherwise; not null
     * @return a copy writing details and registry problems in that language
     */
    public DoudiScreening withLocale(Locale locale) {
        return new DoudiScreening(source, locale.toLanguageTag());
    }

    /** @return the language of details and problems, never null */
    public Locale locale() {
        return Locale.forLanguageTag(languageTag);
    }

    /**
     * Reads JSON-lines caseload files as {@code doudi screen} reads its caseload: {@code file}, {@code line} (the
     * physical line, from 1) and {@code request} (the line's text), for every non-blank line, in file and line order.
     *
     * @param spark       the session, not null
     * @param path        a file, a folder of files or a glob, on any file system Spark reads; not null
     * @param partitions  about how many partitions, or 0 to split as the file system does
     * @return the rows, never null
     * @throws IllegalArgumentException if nothing matches the path
     */
    public static Dataset<Row> readCaseload(SparkSession spark, String path, int partitions) {
        return DoudiSpark.readRequests(spark, path, partitions);
    }

    /**
     * Screens a caseload against registries.
     *
     * @param caseload    rows with a string column {@code request} (one enrolled case's JSON), and optionally
     *                    {@code file} (string) and {@code line} (integral), in the caseload's order; not null
     * @param registries  the registries, {@link RegistryInputs#none()} for none; not null
     * @return the run: its Datasets are computed when used, never null
     * @throws org.doudi.rules.drools.screening.RegistryFileException if a registry cannot be used (checked now, on the
     *         driver: a CSV file that cannot be read or whose header lacks a required column, a table without one)
     */
    public ScreeningRun screen(Dataset<Row> caseload, RegistryInputs registries) {
        return screen(caseload, registries, false);
    }

    /**
     * As {@link #screen(Dataset, RegistryInputs)}; with {@code nameFiles}, each error line names its caseload file
     * after {@code line}, for a caseload of several files.
     */
    ScreeningRun screen(Dataset<Row> caseload, RegistryInputs registries, boolean nameFiles) {
        SparkSession spark = caseload.sparkSession();
        registries.check(spark, locale());
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<RuleSource> rules = jsc.broadcast(source);

        JavaRDD<Row> input = normalized(caseload).javaRDD();
        JavaRDD<Tuple2<Long, Row>> cases = input.mapPartitionsWithIndex(DoudiScreening::identify, true);
        List<Dataset<Row>> persisted = new ArrayList<>();

        // 1. the caseload's ID numbers, and what the whole caseload says of each
        Dataset<Row> keys = persist(spark.createDataFrame(cases.mapPartitions(DoudiScreening::keysOf), KEYS),
                persisted);
        Dataset<Row> byKey = persist(keys.groupBy("key").agg(
                max("listed").as("listed"),
                sum(when(col("covered"), lit(1L)).otherwise(lit(0L))).as("coveringCount"),
                collect_list(when(col("covered"), struct(col("caseIndex"), col("line"), col("caseId"))))
                        .as("covering"),
                sum("cards").as("cardsHeld"),
                sum(when(col("cards").gt(0), lit(1L)).otherwise(lit(0L))).as("cardCases")), persisted);

        // 2. the registries, joined to those ID numbers by a shuffle join (never broadcast: the hint)
        Dataset<Row> outcomes = null;
        Dataset<Row> withRows;
        if (registries.isEmpty()) {
            withRows = byKey.withColumn("rows", lit(null).cast(KEY_FACTS.apply("rows").dataType()));
        } else {
            Dataset<Row> records = null;
            for (var e : registries.inputs().entrySet()) {
                JavaRDD<Row> read = e.getValue().table() != null
                        ? RegistryRecords.readTable(e.getValue().table(), e.getKey(), languageTag)
                        : RegistryRecords.readCsv(jsc, e.getKey(), e.getValue().csv(), languageTag);
                Dataset<Row> one = spark.createDataFrame(read, RegistryRecords.SCHEMA);
                records = records == null ? one : records.union(one);
            }
            Dataset<Row> flags = byKey.select(col("key").as("flagKey"), col("listed").as("flagListed"),
                    col("coveringCount").gt(0).as("flagCovered"));
            List<Column> joinedColumns = new ArrayList<>();
            for (String name : RegistryRecords.SCHEMA.fieldNames()) {
                joinedColumns.add(records.col(name));
            }
            joinedColumns.add(col("flagListed"));
            joinedColumns.add(col("flagCovered"));
            Dataset<Row> joined = records.join(flags.hint("merge"), records.col("key").equalTo(flags.col("flagKey")),
                    "left_outer").select(joinedColumns.toArray(Column[]::new));
            outcomes = persist(joined.mapPartitions((MapPartitionsFunction<Row, Row>) RegistryRecords::match,
                    Encoders.row(RegistryRecords.SCHEMA)), persisted);
            Dataset<Row> rowsByKey = outcomes.where(col("type").equalTo(RegistryRecords.ROW))
                    .groupBy(col("key").as("rowsKey"))
                    .agg(collect_list(struct(RegistryRecords.rowFields())).as("rows"));
            withRows = byKey.join(rowsByKey.hint("merge"), byKey.col("key").equalTo(rowsByKey.col("rowsKey")),
                    "left_outer");
        }

        // 3. the facts each case needs beyond itself, to the partition of the case; then each case screened there
        Dataset<Row> keyFacts = withRows
                .where(col("coveringCount").geq(2).or(col("cardCases").geq(2)).or(col("rows").isNotNull()))
                .select(col("key").as("factKey"),
                        when(col("coveringCount").geq(2), col("covering")).as("covering"),
                        when(col("cardCases").geq(2), col("cardsHeld")).as("cardsHeld"),
                        col("rows"));
        Dataset<Row> caseFacts = persist(keys.select(col("caseIndex"), col("key"))
                .join(keyFacts.hint("merge"), col("key").equalTo(col("factKey")))
                .select(Arrays.stream(KEY_FACTS.fieldNames()).map(n -> col(n)).toArray(Column[]::new)), persisted);
        JavaPairRDD<Long, Row> factsByCase = caseFacts.javaRDD()
                .mapToPair(r -> new Tuple2<>(r.getLong(0), r))
                .repartitionAndSortWithinPartitions(new CasePartitioner(input.getNumPartitions()));
        JavaRDD<Row> results = cases.zipPartitions(factsByCase, new ScreenPartition(rules, languageTag, nameFiles));

        Dataset<Row> findings = spark.createDataFrame(results, SCHEMA);
        List<Dataset<Row>> joins = new ArrayList<>(List.of(caseFacts));
        if (outcomes != null) {
            joins.add(outcomes);
        }
        return new ScreeningRun(findings, outcomes, registries.inputs().keySet(), persisted, joins, cases.rdd(),
                factsByCase.rdd());
    }

    private static Dataset<Row> persist(Dataset<Row> dataset, List<Dataset<Row>> persisted) {
        persisted.add(dataset);
        return dataset.persist(StorageLevel.MEMORY_AND_DISK());
    }

    /** The caseload as {@code (file, line, request)}, whatever columns it has besides. */
    private static Dataset<Row> normalized(Dataset<Row> caseload) {
        List<String> columns = Arrays.asList(caseload.columns());
        if (!columns.contains("request")) {
            throw new IllegalArgumentException("the caseload has no column request (one case's JSON per row): "
                    + columns);
        }
        return caseload.select(
                columns.contains("file") ? col("file").cast(DataTypes.StringType) : lit(null).cast(DataTypes.StringType),
                columns.contains("line") ? col("line").cast(DataTypes.LongType) : lit(null).cast(DataTypes.LongType),
                col("request").cast(DataTypes.StringType));
    }

    /** Each case of a partition with its identity. */
    private static Iterator<Tuple2<Long, Row>> identify(int partition, Iterator<Row> rows) {
        return new Iterator<>() {
            private long position;

            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Tuple2<Long, Row> next() {
                return new Tuple2<>(CasePartitioner.index(partition, position++), rows.next());
            }
        };
    }

    /** The ID numbers of each case of a partition: rows of {@link #KEYS}. */
    private static Iterator<Row> keysOf(Iterator<Tuple2<Long, Row>> cases) {
        return new Refilled<>() {
            @Override
            protected boolean refill() {
                if (!cases.hasNext()) {
                    return false;
                }
                Tuple2<Long, Row> c = cases.next();
                CaseInput in = caseInput(c._2());
                for (CaseKeys.Key k : CaseKeys.of(in.request()).keys()) {
                    pending.add(RowFactory.create(k.key(), c._1(), in.line(), in.request().caseId(), k.listed(),
                            k.covered(), k.cards()));
                }
                return true;
            }
        };
    }

    /**
     * A case as {@code doudi screen} reads a line of its caseload: decoded, with the case id of a document the decoder
     * could not read recovered from its text.
     *
     * @param row  {@code (file, line, request)}, not null
     * @return the case, with line 0 when unknown, never null
     */
    static CaseInput caseInput(Row row) {
        String text = row.isNullAt(2) ? "" : row.getString(2);
        DecodedRequest decoded = DoudiJson.decodeRequest(text);
        if (decoded.request().caseId() == null && !decoded.isValid()) {
            decoded = new DecodedRequest(decoded.request().toBuilder().caseId(CaseEvaluator.caseIdOf(text)).build(),
                    decoded.problems());
        }
        return CaseInput.decoded(row.isNullAt(1) ? 0 : row.getLong(1), decoded);
    }

    /** Screens the cases of one partition, each with the facts shipped to it; runs in the executors. */
    private static final class ScreenPartition
            implements FlatMapFunction2<Iterator<Tuple2<Long, Row>>, Iterator<Tuple2<Long, Row>>, Row> {

        private static final long serialVersionUID = 1L;

        private final Broadcast<RuleSource> rules;
        private final String languageTag;
        private final boolean nameFiles;

        ScreenPartition(Broadcast<RuleSource> rules, String languageTag, boolean nameFiles) {
            this.rules = rules;
            this.languageTag = languageTag;
            this.nameFiles = nameFiles;
        }

        @Override
        public Iterator<Row> call(Iterator<Tuple2<Long, Row>> cases, Iterator<Tuple2<Long, Row>> facts) {
            CaseloadScreener screener = ServiceCache.screener(rules.value());
            Locale locale = Locale.forLanguageTag(languageTag);
            return new Iterator<>() {
                private Tuple2<Long, Row> nextFact = facts.hasNext() ? facts.next() : null;

                @Override
                public boolean hasNext() {
                    return cases.hasNext();
                }

                @Override
                public Row next() {
                    Tuple2<Long, Row> c = cases.next();
                    long index = c._1();
                    List<Row> mine = new ArrayList<>();
                    while (nextFact != null && nextFact._1() <= index) {
                        if (nextFact._1() == index) {
                            mine.add(nextFact._2());
                        }
                        nextFact = facts.hasNext() ? facts.next() : null;
                    }
                    return screen(screener, locale, index, c._2(), mine);
                }
            };
        }

        private Row screen(CaseloadScreener screener, Locale locale, long index, Row row, List<Row> facts) {
            String file = row.isNullAt(0) ? null : row.getString(0);
            Long line = row.isNullAt(1) ? null : row.getLong(1);
            CaseInput in = caseInput(row);
            ScreeningResult result;
            try {
                result = screener.screenCase(in, index, new ShippedFacts(CaseKeys.of(in.request()), facts), locale);
            } catch (RuntimeException | StackOverflowError e) {
                String failure = CaseEvaluator.describe(e);
                String caseId = in.request().caseId();
                return RowFactory.create(file, line, caseId, FAILED, null, null, null, null, null, null, null, null,
                        failure, ErrorLines.failed(line, file, nameFiles, caseId, failure));
            }
            if (result instanceof ScreeningResult.Screened s) {
                List<Row> findings = new ArrayList<>();
                for (Finding f : s.findings()) {
                    findings.add(RowFactory.create(f.code().name(), f.memberId(), f.detail(), f.ruleId(), f.clause()));
                }
                Decision d = s.reevaluation();
                return RowFactory.create(file, line, s.caseId(), SCREENED, DoudiSpark.seq(findings),
                        d.outcome().name(), d.coverage().name(), d.monthlyAmount().amount(), s.overpaid().amount(),
                        s.underpaid().amount(), null, null, null, ScreeningJson.writeResult(s));
            }
            if (result instanceof ScreeningResult.Rejected r) {
                return RowFactory.create(file, line, r.caseId(), INVALID, null, null, null, null, null, null,
                        DoudiSpark.problems(r.problems()), null, null,
                        ErrorLines.invalid(line, file, nameFiles, r.caseId(), r.problems()));
            }
            ScreeningResult.Misconfigured m = (ScreeningResult.Misconfigured) result;
            return RowFactory.create(file, line, m.caseId(), MISCONFIGURED, null, null, null, null, null, null, null,
                    DoudiSpark.configurationError(m.error()), null,
                    ErrorLines.misconfigured(line, file, nameFiles, m.caseId(), m.error()));
        }
    }
}
