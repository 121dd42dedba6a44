package org.doudi.rules.api.decision;

/** The outcome of a decision. */
public enum Outcome {
    ELIGIBLE, INELIGIBLE, PHASE_OUT, EXIT
}
