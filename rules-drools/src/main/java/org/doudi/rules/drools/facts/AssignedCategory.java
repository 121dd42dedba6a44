package org.doudi.rules.drools.facts;

/**
 * Derived: the category given to a covered unit (policy §7).
 *
 * @param coveredUnit      the unit, not null
 * @param category  1–4
 */
public record AssignedCategory(CoveredUnit coveredUnit, int category) {
}
