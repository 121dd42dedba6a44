package org.doudi.rules.api.decision;

/**
 * Verification procedure problems, in the contract's listing order (the order of a decision's {@code
 * procedureProblems}). {@code HOME_VISIT_TEAM_MISSING}: an application without a home-visit team where the profile
 * requires a home visit for every application ({@code visit.required}).
 */
public enum ProcedureProblem {
    HOME_VISIT_TEAM_MISSING, HOME_VISIT_TEAM_TOO_SMALL, REVIEW_POOL_TOO_SMALL, REVIEW_PANEL_TOO_SMALL, REVIEW_PANEL_TOO_FEW_CADRES, REVIEW_PANEL_NO_GROUP_REPRESENTATIVE, REVIEW_PANEL_MISSING
}
