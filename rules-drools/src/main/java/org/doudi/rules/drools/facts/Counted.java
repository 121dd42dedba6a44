package org.doudi.rules.drools.facts;

/**
 * Derived: a counted household member (共同生活的家庭成员, policy §2).
 *
 * @param person  the member, not null
 */
public record Counted(Person person) {
}
