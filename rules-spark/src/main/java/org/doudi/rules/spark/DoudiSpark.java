package org.doudi.rules.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.TaskCompletionListener;
import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.Problem;
import org.doudi.rules.api.batch.BatchOptions;
import org.doudi.rules.api.batch.OrderedBatch;
import org.doudi.rules.api.decision.Decision;

import scala.jdk.javaapi.CollectionConverters;

/**
 * Dibao decisions over Spark Datasets: requests as JSON text in (one request per row, as in {@code doudi evaluate
 * --batch}), one row per request out ({@link #SCHEMA}), in the same order within each partition. A bad row never fails
 * the job: it comes out with {@link CaseStatus#INVALID}, {@link CaseStatus#MISCONFIGURED} or {@link CaseStatus#FAILED}
 * and the columns that explain it.
 *
 * <p>The rules are built once per executor JVM and shared by all its tasks ({@link ServiceCache}); each partition is
 * decided by a plain loop on its task's thread (or, with {@link #withThreadsPerTask}, by the library's ordered batch on
 * more threads). An analyst's folders are read on the driver into a {@link RuleSource} and broadcast to the executors.
 *
 * <pre>{@code
 * DoudiSpark doudi = DoudiSpark.fromDirectories(Path.of("rules"), null);       // or DoudiSpark.builtIn()
 * Dataset<Row> requests = DoudiSpark.readRequests(spark, "hdfs:///dibao/2026q4/requests.jsonl");
 * Dataset<Row> decisions = doudi.evaluate(requests);                            // SCHEMA
 * decisions.groupBy("outcome").count().show();
 * }</pre>
 *
 * <p>Immutable and serialisable; build it on the driver. Works with classic Spark (not Spark Connect).
 */
public final class DoudiSpark implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The columns of a configuration error (those of the contract's {@code configurationError}). */
    public static final StructType CONFIGURATION_ERROR = new StructType()
            .add("profile", DataTypes.StringType)
            .add("parameter", DataTypes.StringType)
            .add("residence", DataTypes.StringType)
            .add("date", DataTypes.StringType)
            .add("file", DataTypes.StringType)
            .add("line", DataTypes.IntegerType)
            .add("message", DataTypes.StringType);

    /** One problem of an invalid request: its JSON path and message. */
    public static final StructType PROBLEM = new StructType()
            .add("path", DataTypes.StringType, false)
            .add("message", DataTypes.StringType, false);

    /**
     * The rows of {@link #evaluate}: one per request.
     * <ul>
     *   <li>{@code file}, {@code line}: where the request came from, when the input says (null otherwise);</li>
     *   <li>{@code caseId}: as given (null when it could not be read);</li>
     *   <li>{@code status}: a {@link CaseStatus} name;</li>
     *   <li>{@code outcome}, {@code coverage}: the decision's enum names; {@code monthlyAmount}: the decision's
     *       amount as an exact decimal(17,2) (the contract's money bound is 15 digits before the point);</li>
     *   <li>{@code decision}: the decision as compact JSON, exactly the bytes of the library's encoder (the line
     *       {@code doudi evaluate --batch} prints);</li>
     *   <li>{@code errors}: every problem of an invalid request; {@code configurationError}: the value a profile
     *       lacks; {@code failure}: the exception the rules threw (identifiers masked).</li>
     * </ul>
     * Columns that do not apply to a row are null.
     */
    public static final StructType SCHEMA = new StructType()
            .add("file", DataTypes.StringType)
            .add("line", DataTypes.LongType)
            .add("caseId", DataTypes.StringType)
            .add("status", DataTypes.StringType, false)
            .add("outcome", DataTypes.StringType)
            .add("coverage", DataTypes.StringType)
            .add("monthlyAmount", DataTypes.createDecimalType(17, 2))
            .add("decision", DataTypes.StringType)
            .add("errors", DataTypes.createArrayType(PROBLEM, false))
            .add("configurationError", CONFIGURATION_ERROR)
            .add("failure", DataTypes.StringType);

    private final RuleSource source;
    private final String languageTag;
    private final int threadsPerTask;
    private final CaseCounts counts;

    private DoudiSpark(RuleSource source, String languageTag, int threadsPerTask, CaseCounts counts) {
        this.source = Objects.requireNonNull(source, "source");
        this.languageTag = languageTag;
        this.threadsPerTask = threadsPerTask;
        this.counts = counts;
    }

    /** @return decisions by the built-in rules and profiles, with Chinese messages, never null */
    public static DoudiSpark builtIn() {
        return of(RuleSource.builtIn());
    }

    /**
     * Decisions by an analyst's rules and profiles ({@code --rules DIR}, {@code --params DIR}), read now on the
     * driver and checked by building them once.
     *
     * @param rulesDir   a folder of DRL files replacing the built-in rules, or null
     * @param paramsDir  a folder of profile files overlaid on the built-in profiles, or null
     * @return the decisions, never null
     * @throws PolicyConfigurationException naming the file and line of the first problem
     */
    public static DoudiSpark fromDirectories(Path rulesDir, Path paramsDir) {
        return of(RuleSource.fromDirectories(rulesDir, paramsDir));
    }

    /**
     * @param source  the rules and profiles, not null
     * @return decisions by them, with Chinese messages, never null
     */
    public static DoudiSpark of(RuleSource source) {
        return new DoudiSpark(source, Locale.CHINESE.toLanguageTag(), 1, null);
    }

    /**
     * @param locale  English for {@code en}, Chinese otherwise; not null
     * @return a copy writing reason messages in that language
     */
    public DoudiSpark withLocale(Locale locale) {
        return new DoudiSpark(source, locale.toLanguageTag(), threadsPerTask, counts);
    }

    /**
     * @param threads  threads deciding each partition, at least 1 (the default: the task's own thread, which fits
     *                 Spark's one core per task; more only pays when executors have idle cores)
     * @return a copy deciding each partition on that many threads, in order, with the library's ordered batch
     */
    public DoudiSpark withThreadsPerTask(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads per task must be at least 1: " + threads);
        }
        return new DoudiSpark(source, languageTag, threads, counts);
    }

    /**
     * @param counts  counters to add every row to, or null for none
     * @return a copy counting its rows by status
     */
    public DoudiSpark withCounts(CaseCounts counts) {
        return new DoudiSpark(source, languageTag, threadsPerTask, counts);
    }

    /** @return the rules and profiles, never null */
    public RuleSource source() {
        return source;
    }

    /**
     * Reads JSON-lines request files: {@code file} (string), {@code line} (the physical line number in the file, from
     * 1, as {@code doudi evaluate --batch} counts) and {@code request} (the line's text), for every non-blank line.
     *
     * @param spark  the session, not null
     * @param path   a file, a folder of files or a glob, on any file system Spark reads; not null
     * @return the rows, in file and line order, never null
     * @throws IllegalArgumentException if nothing matches the path
     */
    public static Dataset<Row> readRequests(SparkSession spark, String path) {
        return readRequests(spark, path, 0);
    }

    /**
     * As {@link #readRequests(SparkSession, String)}, split into about {@code partitions} partitions (no shuffle: each
     * partition is a contiguous piece of a file).
     *
     * @param spark       the session, not null
     * @param path        a file, a folder of files or a glob; not null
     * @param partitions  about how many partitions, or 0 to split as the file system does
     * @return the rows, in file and line order, never null
     */
    public static Dataset<Row> readRequests(SparkSession spark, String path, int partitions) {
        return RequestFiles.read(spark, path, partitions).rows();
    }

    /**
     * Decides every request of a Dataset.
     *
     * @param requests  rows with a string column {@code request} (the JSON text of one request), and optionally
     *                  {@code file} (string) and {@code line} (long), carried over to the output; not null
     * @return one row per request, of {@link #SCHEMA}, in the same order within each partition; never null
     */
    public Dataset<Row> evaluate(Dataset<Row> requests) {
        PartitionEvaluator evaluator = evaluator(requests);
        return requests.mapPartitions((MapPartitionsFunction<Row, Row>) rows ->
                map(evaluator.apply(rows), DoudiSpark::toRow), Encoders.row(SCHEMA));
    }

    /**
     * Decides every request of a Dataset of JSON texts (no file or line known).
     *
     * @param requests  one request's JSON text per row, not null
     * @return one row per request, of {@link #SCHEMA}; never null
     */
    public Dataset<Row> evaluateJson(Dataset<String> requests) {
        return evaluate(requests.toDF("request"));
    }

    /**
     * Decides every request and gives, per request, the line {@code doudi evaluate --batch} prints for it: the
     * decision, or {@code {"line": N, "caseId": ..., "errors": [...]}}, {@code {"line": N, "caseId": ...,
     * "configurationError": {...}}}, or {@code {"line": N, "caseId": ..., "failure": "..."}} when the rules failed.
     *
     * @param requests  as for {@link #evaluate}, not null
     * @return one line of JSON per request, in the same order within each partition; never null
     */
    public Dataset<String> batchLines(Dataset<Row> requests) {
        return batchLines(requests, false);
    }

    /**
     * As {@link #batchLines(Dataset)}; with {@code nameFiles}, each error line names its input file after
     * {@code line} ({@code "file": "..."}), for an input of several files.
     */
    Dataset<String> batchLines(Dataset<Row> requests, boolean nameFiles) {
        PartitionEvaluator evaluator = evaluator(requests);
        return requests.mapPartitions((MapPartitionsFunction<Row, String>) rows ->
                map(evaluator.apply(rows), e -> e.batchLine(nameFiles)), Encoders.STRING());
    }

    private PartitionEvaluator evaluator(Dataset<Row> requests) {
        StructType schema = requests.schema();
        Broadcast<RuleSource> shipped = JavaSparkContext.fromSparkContext(requests.sparkSession().sparkContext())
                .broadcast(source);
        return new PartitionEvaluator(shipped, languageTag, threadsPerTask, counts, schema.fieldIndex("request"),
                index(schema, "file"), index(schema, "line"));
    }

    private static int index(StructType schema, String column) {
        return schema.getFieldIndex(column).map(i -> (int) i).getOrElse(() -> -1);
    }

    private static Row toRow(CaseEvaluator.Evaluated e) {
        Decision d = e.decision();
        return RowFactory.create(e.file(), e.line(), e.caseId(), e.status().name(),
                d == null ? null : d.outcome().name(),
                d == null ? null : d.coverage().name(),
                d == null ? null : d.monthlyAmount().amount(),
                e.decisionJson(),
                e.problems() == null ? null : problems(e.problems()),
                e.configurationError() == null ? null : configurationError(e.configurationError()),
                e.failure());
    }

    private static scala.collection.immutable.Seq<Row> problems(List<Problem> problems) {
        return CollectionConverters.asScala(problems.stream()
                .map(p -> RowFactory.create(p.path(), p.message())).toList()).toList();
    }

    private static Row configurationError(PolicyConfigurationException c) {
        return RowFactory.create(c.profile(), c.parameter(), c.residence(),
                c.date() == null ? null : c.date().toString(), c.file(), c.file() == null ? null : c.line(),
                c.getMessage());
    }

    private static <A, B> Iterator<B> map(Iterator<A> in, Function<A, B> f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return in.hasNext();
            }

            @Override
            public B next() {
                return f.apply(in.next());
            }
        };
    }

    /** What each task runs on its partition: serialised with the task, the rules come by broadcast. */
    private static final class PartitionEvaluator implements Serializable {
        private static final long serialVersionUID = 1L;

        private final Broadcast<RuleSource> source;
        private final String languageTag;
        private final int threads;
        private final CaseCounts counts;
        private final int requestColumn;
        private final int fileColumn;
        private final int lineColumn;

        PartitionEvaluator(Broadcast<RuleSource> source, String languageTag, int threads, CaseCounts counts,
                           int requestColumn, int fileColumn, int lineColumn) {
            this.source = source;
            this.languageTag = languageTag;
            this.threads = threads;
            this.counts = counts;
            this.requestColumn = requestColumn;
            this.fileColumn = fileColumn;
            this.lineColumn = lineColumn;
        }

        /** One row's input, taken out of the Spark row on the task's thread. */
        private record Input(String file, Long line, String json) {
        }

        Iterator<CaseEvaluator.Evaluated> apply(Iterator<Row> rows) {
            CaseEvaluator evaluator = new CaseEvaluator(ServiceCache.get(source.value()),
                    Locale.forLanguageTag(languageTag));
            Iterator<Input> inputs = map(rows, row -> new Input(
                    fileColumn < 0 || row.isNullAt(fileColumn) ? null : row.getString(fileColumn),
                    lineColumn < 0 || row.isNullAt(lineColumn) ? null : row.getLong(lineColumn),
                    row.isNullAt(requestColumn) ? null : row.getString(requestColumn)));
            Function<Input, CaseEvaluator.Evaluated> decide = in -> evaluator.evaluate(in.file(), in.line(), in.json());
            Iterator<CaseEvaluator.Evaluated> results;
            if (threads <= 1) {
                results = map(inputs, decide);
            } else {
                OrderedBatch<Input, CaseEvaluator.Evaluated> batch = OrderedBatch.over(inputs, decide,
                        BatchOptions.threads(threads));
                TaskContext task = TaskContext.get();
                if (task != null) {
                    task.addTaskCompletionListener((TaskCompletionListener) context -> batch.close());
                }
                results = batch;
            }
            return counts == null ? results : map(results, e -> {
                counts.add(e.status()); // on the task's thread: accumulators are not thread-safe
                return e;
            });
        }
    }
}
