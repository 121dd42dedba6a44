package org.doudi.rules.api.decision;

/** Verification procedure problems, in the JSON contract's listing order (policy §12). */
public enum ProcedureProblem {
    HOME_VISIT_TEAM_TOO_SMALL, REVIEW_POOL_TOO_SMALL, REVIEW_PANEL_TOO_SMALL, REVIEW_PANEL_TOO_FEW_CADRES, REVIEW_PANEL_NO_GROUP_REPRESENTATIVE, REVIEW_PANEL_MISSING
}
