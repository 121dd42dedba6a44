package org.doudi.rules.drools.facts;

/**
 * Derived: an enrolled household under review is no longer eligible only because of its income: someone is counted,
 * the assets pass, {@code net ≥ S × n}, and nobody is covered otherwise (policy §9.1).
 */
public record IncomeOnlyObstacle() {
}
