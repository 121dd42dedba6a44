package org.doudi.rules.drools.facts;

/**
 * Derived: a counted member who meets the profile's single-person rule set (单人户条件, POLICY.md §6). Whether the
 * member is covered alone also depends on the household not being eligible as a whole, the asset test and the
 * member's own income.
 *
 * @param person  the member, not null
 */
public record QualifiesAlone(Person person) {
}
