package org.doudi.rules.drools.facts;

import org.doudi.rules.api.decision.Outcome;

/**
 * Derived: the outcome of the decision.
 *
 * @param outcome  the outcome
 */
public record OutcomeIs(Outcome outcome) {
}
