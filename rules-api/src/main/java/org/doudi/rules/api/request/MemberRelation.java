package org.doudi.rules.api.request;

/**
 * A relation of a case worker or review-panel member to a household member.
 *
 * @param memberId  the household member's id
 * @param relation  the relation
 */
public record MemberRelation(String memberId, KinRelation relation) {
}
