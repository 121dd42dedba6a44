package org.doudi.rules.api.request;

import java.util.List;

/**
 * A member of the democratic review panel (民主评议小组).
 *
 * @param personId               the person's id
 * @param townshipCadre          true for a township cadre
 * @param groupLeaderOrInformed  true for a village-group leader or a well-informed villager
 * @param group                  the village group, may be null
 * @param relations              relations to household members, never null
 */
public record PanelMember(String personId, boolean townshipCadre, boolean groupLeaderOrInformed, String group,
                          List<MemberRelation> relations) {

    /**
     * Normalises an omitted list to empty.
     *
     * @param personId  the person's id
     * @param townshipCadre  true for a township cadre
     * @param groupLeaderOrInformed  true for a village-group leader or a well-informed villager
     * @param group  the village group, may be null
     * @param relations  relations to household members, never null
     */
    public PanelMember {
        relations = relations == null ? List.of() : List.copyOf(relations);
    }
}
