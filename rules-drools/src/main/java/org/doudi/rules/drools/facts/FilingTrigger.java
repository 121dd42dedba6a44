package org.doudi.rules.drools.facts;

import org.doudi.rules.api.request.StaffRelation;

/**
 * Derived: a declared staff relation that makes the case one to be filed (近亲属备案) with a mandatory county home
 * visit (policy §12).
 *
 * @param relation  the triggering entry of {@code staffRelations}, not null
 * @param position  its position in {@code staffRelations} (decision lists follow input order)
 */
public record FilingTrigger(StaffRelation relation, int position) {
}
