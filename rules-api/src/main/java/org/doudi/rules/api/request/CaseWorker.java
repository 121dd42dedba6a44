package org.doudi.rules.api.request;

import java.util.List;

/**
 * A person working on the case (policy §12).
 *
 * @param staffId        the worker's id
 * @param duty           the duty on this case
 * @param townshipStaff  true if the worker is township (乡镇) staff
 * @param relations      relations to household members, never null
 */
public record CaseWorker(String staffId, Duty duty, boolean townshipStaff, List<MemberRelation> relations) {

    /**
     * Normalises an omitted list to empty.
     *
     * @param staffId  the worker's id
     * @param duty  the duty on this case
     * @param townshipStaff  true if the worker is township (乡镇) staff
     * @param relations  relations to household members, never null
     */
    public CaseWorker {
        relations = relations == null ? List.of() : List.copyOf(relations);
    }
}
