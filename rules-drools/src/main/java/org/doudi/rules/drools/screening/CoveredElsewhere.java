package org.doudi.rules.drools.screening;

import org.doudi.rules.drools.facts.Person;

/**
 * A screening fact of the cross-case join: the member's ID number is listed as covered in other cases of the same
 * caseload.
 *
 * @param person  the member, not null
 * @param others  the other cases, as a detail names them (case id and line), not null
 */
public record CoveredElsewhere(Person person, String others) {
}
