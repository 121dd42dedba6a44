package org.doudi.rules.api.decision;

/** Home-visit duty (policy §12). */
public enum HomeVisit {
    MANDATORY, SAMPLED
}
