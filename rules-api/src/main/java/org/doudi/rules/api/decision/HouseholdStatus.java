package org.doudi.rules.api.decision;

/** Household status (policy §5). */
public enum HouseholdStatus {
    /** 低保 below the standard */
    DIBAO,
    /** 低保边缘 above the standard, below the edge limit */
    EDGE,
    /** 边缘以上 above the edge limit */
    ABOVE_EDGE
}
