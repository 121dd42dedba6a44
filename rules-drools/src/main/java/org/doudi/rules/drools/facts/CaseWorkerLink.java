package org.doudi.rules.drools.facts;

/**
 * Input: a case worker (policy §12), once per distinct staff id, at its first position in {@code caseWorkers}.
 * A worker is township staff when any of its entries says so.
 *
 * @param staffId        the worker's staff id, not null
 * @param index          the position of its first entry in {@code caseWorkers} (0-based)
 * @param townshipStaff  true if the worker is township (乡镇) staff
 */
public record CaseWorkerLink(String staffId, int index, boolean townshipStaff) {
}
