package org.doudi.rules.drools.facts;

/**
 * Derived: a covered unit meets the definition of a category (POLICY.md §7); the lowest number met applies.
 *
 * @param coveredUnit      the unit, not null
 * @param category  1–4
 */
public record MeetsCategory(CoveredUnit coveredUnit, int category) {
}
