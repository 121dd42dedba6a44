package org.doudi.rules.api.decision;

/** Household status (POLICY.md §5). */
public enum HouseholdStatus {
    DIBAO, EDGE, ABOVE_EDGE
}
