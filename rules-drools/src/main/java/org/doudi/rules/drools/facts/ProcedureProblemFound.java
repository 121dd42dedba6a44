package org.doudi.rules.drools.facts;

import org.doudi.rules.api.decision.ProcedureProblem;

/**
 * Derived: a verification procedure problem (policy §12). Never changes eligibility or amount.
 *
 * @param problem  the problem, not null
 */
public record ProcedureProblemFound(ProcedureProblem problem) {
}
