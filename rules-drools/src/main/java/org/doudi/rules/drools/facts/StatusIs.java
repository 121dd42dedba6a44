package org.doudi.rules.drools.facts;

import org.doudi.rules.api.decision.HouseholdStatus;

/**
 * Derived: the household status (policy §5).
 *
 * @param status  DIBAO, EDGE or ABOVE_EDGE
 */
public record StatusIs(HouseholdStatus status) {
}
