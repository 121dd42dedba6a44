package org.doudi.rules.api.decision;

/**
 * Verification procedure problems, in the contract's listing order (the order of a decision's {@code
 * procedureProblems}). {@code HOME_VISIT_TEAM_MISSING}: an application without a home-visit team where the profile
 * requires a home visit for every application ({@code visit.required}).
 */
public enum ProcedureProblem {
    /** 未组成入户调查组 no home-visit team */
    HOME_VISIT_TEAM_MISSING,
    /** 入户调查人员不足 too few qualified staff on the team */
    HOME_VISIT_TEAM_TOO_SMALL,
    /** 评议人员库不足 the panel pool is too small */
    REVIEW_POOL_TOO_SMALL,
    /** 评议小组人数不足 the panel is too small */
    REVIEW_PANEL_TOO_SMALL,
    /** 乡镇干部不足 too few township cadres on the panel */
    REVIEW_PANEL_TOO_FEW_CADRES,
    /** 缺少申请人所在小组代表 no representative of the applicant's group */
    REVIEW_PANEL_NO_GROUP_REPRESENTATIVE,
    /** 未组织民主评议 no review panel */
    REVIEW_PANEL_MISSING
}
