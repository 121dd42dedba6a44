package org.doudi.rules.spark;

/**
 * What came of one request row: the {@code status} column of {@link DoudiSpark#SCHEMA}. A bad row never fails the
 * job; it gets one of the three error statuses and the columns that explain it.
 */
public enum CaseStatus {

    /** Decided: {@code outcome}, {@code coverage}, {@code monthlyAmount} and {@code decision} are set. */
    DECIDED,

    /** An invalid request (malformed JSON included): {@code errors} lists every problem with its path. */
    INVALID,

    /** A valid request its profile cannot decide: {@code configurationError} says which value is missing. */
    MISCONFIGURED,

    /**
     * The rules failed on this request with an unexpected exception (e.g. an analyst's rule that throws):
     * {@code failure} names the exception, personal identifiers masked.
     */
    FAILED
}
