package org.doudi.rules.api.decision;

/** Home-visit duty (POLICY.md §12). */
public enum HomeVisit {
    MANDATORY, SAMPLED
}
