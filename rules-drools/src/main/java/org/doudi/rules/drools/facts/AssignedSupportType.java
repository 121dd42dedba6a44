package org.doudi.rules.drools.facts;

import org.doudi.rules.api.decision.SupportType;

/**
 * Derived: the support type of a covered unit of a registered household (POLICY.md §7, seed 001).
 *
 * @param coveredUnit  the unit, not null
 * @param type  BACKSTOP or GENERAL
 */
public record AssignedSupportType(CoveredUnit coveredUnit, SupportType type) {
}
