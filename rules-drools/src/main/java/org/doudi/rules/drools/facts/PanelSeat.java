package org.doudi.rules.drools.facts;

/**
 * Input: a review-panel member (policy §12), once per distinct person id, at its first position.
 *
 * @param personId               the person's id, not null
 * @param index                  its position in the panel (0-based)
 * @param townshipCadre          true for a township cadre
 * @param groupLeaderOrInformed  true for a village-group leader or a well-informed villager
 * @param villageGroup           the member's village group, may be null
 */
public record PanelSeat(String personId, int index, boolean townshipCadre, boolean groupLeaderOrInformed,
                        String villageGroup) {
}
