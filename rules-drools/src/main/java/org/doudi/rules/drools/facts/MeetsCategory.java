package org.doudi.rules.drools.facts;

/**
 * Derived: a covered unit meets the definition of a category (policy §7) on a named basis; the lowest number met
 * applies. Each basis is its own fact, so every rule that places a unit in a category stands in the explanation.
 *
 * @param coveredUnit  the unit, not null
 * @param category     1–4
 * @param basis        which part of the definition is met, e.g. SEVERE_DISABILITY_OR_ILLNESS
 */
public record MeetsCategory(CoveredUnit coveredUnit, int category, String basis) {
}
