package org.doudi.rules.drools.facts;

import org.doudi.rules.api.request.KinRelation;

/**
 * Input: a relation that a case worker or review-panel member declares to a household member (policy §12), once
 * per distinct (person, member, relation), with the position the recusal list gives it.
 *
 * @param personId  the case worker's staff id or the panel member's person id, not null
 * @param memberId  the household member's id, not null
 * @param relation  the relation, not null
 * @param panel     true for a review-panel member, false for a case worker
 * @param order     the listing position: case workers before panel members, each in input order, then the
 *                  relation's position
 */
public record KinTie(String personId, String memberId, KinRelation relation, boolean panel, int order) {
}
