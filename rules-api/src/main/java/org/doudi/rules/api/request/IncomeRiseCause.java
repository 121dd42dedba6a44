package org.doudi.rules.api.request;

/** Why an enrolled household's income rose (policy §9.1). */
public enum IncomeRiseCause {
    EMPLOYMENT, FLEXIBLE_WORK, INDUSTRY_SUPPORT, OTHER
}
