package org.doudi.rules.drools.facts;

/**
 * Derived: a counted member who meets the profile's single-person rule set (单人户条件, policy §6) on a named
 * basis. Whether the member is covered alone also depends on the household not being eligible as a whole, the asset
 * test and the member's own income.
 *
 * @param person  the member, not null
 * @param basis   which condition of the rule set is met, e.g. EDGE_SEVERE_DISABILITY
 */
public record QualifiesAlone(Person person, String basis) {
}
