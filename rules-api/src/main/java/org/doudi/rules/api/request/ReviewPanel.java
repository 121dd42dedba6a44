package org.doudi.rules.api.request;

import java.util.List;

/**
 * The democratic review panel of a case (policy §12).
 *
 * @param poolSize        size of the pool the panel was drawn from
 * @param applicantGroup  the applicant's village group, may be null
 * @param members         the panel members, never null
 */
public record ReviewPanel(int poolSize, String applicantGroup, List<PanelMember> members) {

    /**
     * Normalises an omitted list to empty.
     *
     * @param poolSize  size of the pool the panel was drawn from
     * @param applicantGroup  the applicant's village group, may be null
     * @param members  the panel members, never null
     */
    public ReviewPanel {
        members = members == null ? List.of() : List.copyOf(members);
    }
}
