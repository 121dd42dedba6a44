package org.doudi.rules.spark;

import java.io.Serializable;
import java.util.Objects;

import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;

/**
 * How many rows of a run came out decided, invalid, misconfigured or failed, counted in the executors as the rows are
 * produced (Spark accumulators). Exact for a job whose evaluation runs in its final stage, as a write does: Spark then
 * applies each task's counts once, even when a task is retried.
 */
public final class CaseCounts implements Serializable {

    private static final long serialVersionUID = 1L;

    private final LongAccumulator decided;
    private final LongAccumulator invalid;
    private final LongAccumulator misconfigured;
    private final LongAccumulator failed;

    private CaseCounts(SparkContext sc) {
        this.decided = sc.longAccumulator("doudi decided");
        this.invalid = sc.longAccumulator("doudi invalid");
        this.misconfigured = sc.longAccumulator("doudi misconfigured");
        this.failed = sc.longAccumulator("doudi failed");
    }

    /**
     * New counters, all zero, registered with a Spark context (they show in the Spark UI).
     *
     * @param sc  the context, not null
     * @return the counters, never null
     */
    public static CaseCounts register(SparkContext sc) {
        return new CaseCounts(Objects.requireNonNull(sc, "sc"));
    }

    /** Counts one row (called on the task's thread). */
    void add(CaseStatus status) {
        switch (status) {
            case DECIDED -> decided.add(1);
            case INVALID -> invalid.add(1);
            case MISCONFIGURED -> misconfigured.add(1);
            case FAILED -> failed.add(1);
        }
    }

    /** @return rows decided */
    public long decided() {
        return decided.value();
    }

    /** @return rows with an invalid request */
    public long invalid() {
        return invalid.value();
    }

    /** @return rows whose profile lacks a value */
    public long misconfigured() {
        return misconfigured.value();
    }

    /** @return rows the rules failed on */
    public long failed() {
        return failed.value();
    }

    /** @return every row counted */
    public long total() {
        return decided() + invalid() + misconfigured() + failed();
    }

    @Override
    public String toString() {
        return total() + " requests: " + decided() + " decided, " + invalid() + " invalid, " + misconfigured()
                + " misconfigured, " + failed() + " failed";
    }
}
