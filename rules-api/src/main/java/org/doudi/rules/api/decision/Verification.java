package org.doudi.rules.api.decision;

import java.util.List;

import org.doudi.rules.api.request.StaffRelation;

/**
 * Verification duties of the office (policy §12).
 *
 * @param filingRequired  true if the case touches a staff member's near relative and must be filed
 * @param homeVisit       MANDATORY (100% county home visit) or SAMPLED
 * @param relatedStaff    the staff relations that triggered filing, never null
 */
public record Verification(boolean filingRequired, HomeVisit homeVisit, List<StaffRelation> relatedStaff) {

    /** No filing, sampled home visit. */
    public static final Verification NONE = new Verification(false, HomeVisit.SAMPLED, List.of());

    /**
     * Copies the list.
     *
     * @param filingRequired  true if the case touches a staff member's near relative and must be filed
     * @param homeVisit  MANDATORY (100% county home visit) or SAMPLED
     * @param relatedStaff  the staff relations that triggered filing, never null
     */
    public Verification {
        relatedStaff = List.copyOf(relatedStaff);
    }
}
