package org.doudi.rules.api.decision;

import org.doudi.rules.api.request.KinRelation;

/**
 * A case worker or review-panel member who must step aside (回避, policy §12).
 *
 * @param staffId   the worker's staff id, or the panel member's person id
 * @param memberId  the household member concerned
 * @param relation  the relation
 */
public record Recusal(String staffId, String memberId, KinRelation relation) {
}
