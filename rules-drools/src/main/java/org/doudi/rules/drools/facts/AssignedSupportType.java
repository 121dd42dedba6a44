package org.doudi.rules.drools.facts;

import org.doudi.rules.api.decision.SupportType;

/**
 * Derived: the support type of a covered unit of a registered household (policy §7; 鲁政办发〔2019〕47号 兜底保障与一般保障).
 *
 * @param coveredUnit  the unit, not null
 * @param type  BACKSTOP or GENERAL
 */
public record AssignedSupportType(CoveredUnit coveredUnit, SupportType type) {
}
