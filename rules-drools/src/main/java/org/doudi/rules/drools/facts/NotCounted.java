package org.doudi.rules.drools.facts;

/**
 * Derived: a listed member who is not a counted household member (policy §2).
 *
 * @param person  the member, not null
 * @param cause   why: a member status, or TEKUN
 */
public record NotCounted(Person person, String cause) {
}
