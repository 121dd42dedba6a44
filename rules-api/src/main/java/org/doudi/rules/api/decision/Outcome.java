package org.doudi.rules.api.decision;

/** The outcome of a decision. */
public enum Outcome {
    /** 符合条件 covered (whole household or single persons) */
    ELIGIBLE,
    /** 不符合条件 not covered (applications) */
    INELIGIBLE,
    /** 渐退 a reviewed household keeps a payment for a while */
    PHASE_OUT,
    /** 退出 a reviewed household leaves, or a voluntary exit */
    EXIT
}
