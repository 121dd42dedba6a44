package org.doudi.rules.api.decision;

/** Household status (policy §5). */
public enum HouseholdStatus {
    DIBAO, EDGE, ABOVE_EDGE
}
