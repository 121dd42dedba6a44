package org.doudi.rules.drools.facts;

import org.doudi.rules.api.decision.HomeVisit;

/**
 * Derived: the home visit the case needs, when a rule requires more than the sampled visit (policy §12).
 *
 * @param homeVisit  the visit required, not null
 */
public record HomeVisitIs(HomeVisit homeVisit) {
}
