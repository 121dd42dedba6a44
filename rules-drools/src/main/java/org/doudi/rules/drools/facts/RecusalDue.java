package org.doudi.rules.drools.facts;

import org.doudi.rules.api.request.KinRelation;

/**
 * Derived: a case worker or review-panel member who must step aside (回避, policy §12): one per (person, member,
 * relation).
 *
 * @param staffId   the case worker's staff id, or the panel member's person id
 * @param memberId  the household member concerned
 * @param relation  the relation
 * @param order     the position for listing: case workers before panel members, each in input order, then the
 *                  relation's position
 */
public record RecusalDue(String staffId, String memberId, KinRelation relation, int order) {
}
