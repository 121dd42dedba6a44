package org.doudi.rules.spark;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.spark.rdd.RDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.screening.Candidate;
import org.doudi.rules.api.screening.FindingCode;
import org.doudi.rules.api.screening.RegistryCount;
import org.doudi.rules.api.screening.ScreeningSummary;
import org.doudi.rules.drools.screening.Registry;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * What a screening on Spark produces ({@link DoudiScreening#screen}): the findings of every case, the missed-coverage
 * candidates, the registry problems and the summary, each as {@code doudi screen} gives it. The Datasets are computed
 * when used; the screening's intermediate results (the caseload's ID numbers, the matched registry rows) are kept
 * (memory, then disk) until {@link #unpersist()}, so that using several of them reads the registries once. To use the
 * findings more than once (e.g. write them, then {@link #summary()}), {@link #persist()} them first.
 */
public final class ScreeningRun {

    /** The rows of {@link #candidates()}: those of {@code --candidates}, and the JSON line. */
    public static final StructType CANDIDATE = new StructType()
            .add("code", DataTypes.StringType, false)
            .add("householdId", DataTypes.StringType, false)
            .add("risk", DataTypes.StringType, false)
            .add("idNumber", DataTypes.StringType, false)
            .add("line", DataTypes.LongType, false)
            .add("json", DataTypes.StringType, false);

    /** The rows of {@link #problems()}: the registry file, the line, the message and the line as printed. */
    public static final StructType PROBLEM = new StructType()
            .add("file", DataTypes.StringType, false)
            .add("line", DataTypes.LongType, false)
            .add("message", DataTypes.StringType, false)
            .add("text", DataTypes.StringType, false);

    private final Dataset<Row> findings;
    private final Dataset<Row> outcomes;
    private final Set<Registry> registries;
    private final List<Dataset<Row>> persisted;
    private final List<Dataset<Row>> joins;
    private final RDD<?> caseload;
    private final RDD<?> factsByCase;

    ScreeningRun(Dataset<Row> findings, Dataset<Row> outcomes, Set<Registry> registries, List<Dataset<Row>> persisted,
                 List<Dataset<Row>> joins, RDD<?> caseload, RDD<?> factsByCase) {
        this.findings = findings;
        this.outcomes = outcomes;
        this.registries = Set.copyOf(registries);
        this.persisted = persisted;
        this.joins = joins;
        this.caseload = caseload;
        this.factsByCase = factsByCase;
    }

    /** @return one row per case ({@link DoudiScreening#SCHEMA}), in the caseload's order, never null */
    public Dataset<Row> findings() {
        return findings;
    }

    /** @return per case, the line {@code doudi screen} prints, in the caseload's order, never null */
    public Dataset<String> findingLines() {
        return findings.select(col("json")).as(Encoders.STRING());
    }

    /**
     * @return the missed-coverage candidates ({@link #CANDIDATE}: ID numbers masked), in the order of the
     *         monitored-households registry, never null
     */
    public Dataset<Row> candidates() {
        if (outcomes == null) {
            return findings.sparkSession().createDataFrame(List.of(), CANDIDATE);
        }
        return outcomes.where(col("type").equalTo(RegistryRecords.CANDIDATE))
                .select(lit(Candidate.CODE).as("code"), col("other").as("householdId"), col("kind").as("risk"),
                        col("text").as("idNumber"), col("line"), col("message").as("json"))
                .orderBy(col("line"));
    }

    /** @return per candidate, the line {@code doudi screen --candidates} writes, never null */
    public Dataset<String> candidateLines() {
        return candidates().select(col("json")).as(Encoders.STRING());
    }

    /**
     * @return the registry rows that cannot be read ({@link #PROBLEM}: identifiers masked), by registry (in the order of
     *         the registries' list) and line, never null
     */
    public Dataset<Row> problems() {
        if (outcomes == null) {
            return findings.sparkSession().createDataFrame(List.of(), PROBLEM);
        }
        return outcomes.where(col("type").equalTo(RegistryRecords.PROBLEM))
                .orderBy(col("order"), col("line"))
                .select(col("other").as("file"), col("line"), col("message"), col("text"));
    }

    /** @return per problem, the line {@code doudi screen} prints on standard error ({@code FILE:LINE: problem}) */
    public Dataset<String> problemLines() {
        return problems().select(col("text")).as(Encoders.STRING());
    }

    /**
     * The summary of {@code doudi screen --summary}, by Dataset aggregations: cases, cases with findings, invalid and
     * misconfigured cases, findings per code, rows read, rejected and matched per registry given, candidates, and the
     * monthly money at stake as exact decimal sums. Computes the findings (persist them first if they are also
     * written). Cases the rules threw on ({@link #failed()}) count among the cases read, and nowhere else.
     *
     * @return the summary, never null
     */
    public ScreeningSummary summary() {
        Row totals = findings.agg(
                count(lit(1)),
                sum(when(col("status").equalTo(DoudiScreening.SCREENED).and(size(col("findings")).gt(0)), 1)
                        .otherwise(0)),
                sum(when(col("status").equalTo(DoudiScreening.INVALID), 1).otherwise(0)),
                sum(when(col("status").equalTo(DoudiScreening.MISCONFIGURED), 1).otherwise(0)),
                sum(col("overpaid")),
                sum(col("underpaid"))).first();
        Map<FindingCode, Long> codes = new EnumMap<>(FindingCode.class);
        for (Row r : findings.select(explode(col("findings")).as("f")).groupBy(col("f.code")).count()
                .collectAsList()) {
            codes.put(FindingCode.valueOf(r.getString(0)), r.getLong(1));
        }
        Map<Registry, RegistryCount> counts = new EnumMap<>(Registry.class);
        registries.forEach(r -> counts.put(r, new RegistryCount(0, 0, 0)));
        long candidates = 0;
        if (outcomes != null) {
            for (Row r : outcomes.where(col("type").equalTo(RegistryRecords.COUNT)).groupBy(col("registry"))
                    .agg(sum("read"), sum("rejected"), sum("matched")).collectAsList()) {
                counts.put(Registry.valueOf(r.getString(0)), new RegistryCount(r.getLong(1), r.getLong(2),
                        r.getLong(3)));
            }
            candidates = outcomes.where(col("type").equalTo(RegistryRecords.CANDIDATE)).count();
        }
        Map<String, RegistryCount> byFile = new LinkedHashMap<>();
        counts.forEach((r, c) -> byFile.put(r.fileName(), c));
        return new ScreeningSummary(totals.getLong(0), totals.getLong(1), totals.getLong(2), totals.getLong(3), codes,
                byFile, candidates, money(totals.getDecimal(4)), money(totals.getDecimal(5)));
    }

    private static Money money(BigDecimal sum) {
        return sum == null ? Money.ZERO : Money.of(sum);
    }

    /** @return the number of cases the rules threw on (status {@link DoudiScreening#FAILED}) */
    public long failed() {
        return findings.where(col("status").equalTo(DoudiScreening.FAILED)).count();
    }

    /**
     * Keeps the findings once computed (memory, then disk), so that writing them and then summing them screens each
     * case once.
     *
     * @return this run
     */
    public ScreeningRun persist() {
        findings.persist(StorageLevel.MEMORY_AND_DISK());
        return this;
    }

    /** Drops everything this run keeps. */
    public void unpersist() {
        findings.unpersist();
        persisted.forEach(Dataset::unpersist);
    }

    /** @return the kept Datasets whose joins carry the caseload's ID numbers and the registries (for the tests) */
    List<Dataset<Row>> joins() {
        return joins;
    }

    /** @return the caseload's cases with their identities, as the screening reads them (for the tests) */
    RDD<?> caseload() {
        return caseload;
    }

    /** @return the facts shipped to each case's partition (for the tests) */
    RDD<?> factsByCase() {
        return factsByCase;
    }
}
