package org.doudi.rules.api.request;

/** Why an enrolled household's income rose (policy §9.1). */
public enum IncomeRiseCause {
    /** 就业 employment */
    EMPLOYMENT,
    /** 灵活就业 flexible work */
    FLEXIBLE_WORK,
    /** 产业扶持 industry support */
    INDUSTRY_SUPPORT,
    /** 其他 other */
    OTHER
}
