package org.doudi.rules.drools.facts;

/**
 * Derived: a counted member with a certified disability (a second-generation certificate where the profile requires
 * one) who is not supported as an orphan: a candidate for the living subsidy, whose unit or household status then
 * decides it (policy §11).
 *
 * @param person  the member, not null
 */
public record LivingSubsidyCandidate(Person person) {
}
