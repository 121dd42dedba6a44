package org.doudi.rules.api.decision;

/** Home-visit duty (policy §12). */
public enum HomeVisit {
    /** 必须入户核查 mandatory (filing required) */
    MANDATORY,
    /** 抽查 by county sampling */
    SAMPLED
}
