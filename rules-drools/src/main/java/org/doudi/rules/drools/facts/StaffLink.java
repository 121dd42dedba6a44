package org.doudi.rules.drools.facts;

import org.doudi.rules.api.request.KinRelation;
import org.doudi.rules.api.request.StaffRelation;
import org.doudi.rules.api.request.StaffRole;

/**
 * Input: one entry of the request's {@code staffRelations} (policy §12), with its position.
 *
 * @param relation  the entry, not null
 * @param position  its position in {@code staffRelations} (0-based)
 */
public record StaffLink(StaffRelation relation, int position) {

    /** @return the household member's id */
    public String memberId() {
        return relation.memberId();
    }

    /** @return the staff member's id */
    public String staffId() {
        return relation.staffId();
    }

    /** @return the staff member's role */
    public StaffRole staffRole() {
        return relation.staffRole();
    }

    /** @return what the household member is to the staff member */
    public KinRelation kin() {
        return relation.relation();
    }
}
