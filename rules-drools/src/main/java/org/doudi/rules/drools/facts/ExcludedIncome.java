package org.doudi.rules.drools.facts;

/**
 * Derived: a listed income that is not counted (policy §3): for the household's income, or, when {@code ownIncomeOnly},
 * only in the own income of a member assessed alone (policy §6).
 *
 * @param item           the income, not null
 * @param ownIncomeOnly  true if it is left out only of the member's own income as a single-person unit
 */
public record ExcludedIncome(IncomeItem item, boolean ownIncomeOnly) {
}
