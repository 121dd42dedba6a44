package org.doudi.rules.api.request;

/** A case worker's duty. */
public enum Duty {
    /** 经办 handler */
    HANDLER,
    /** 入户调查 investigator */
    INVESTIGATOR,
    /** 民主评议 review panel */
    REVIEW_PANEL,
    /** 审批 approver */
    APPROVER
}
