package org.doudi.rules.drools.facts;

/**
 * Derived: a member who qualifies alone and is assessed on own income, the household not being eligible as a whole
 * and its assets passing (policy §6).
 *
 * @param person  the member, not null
 */
public record AssessedAlone(Person person) {
}
