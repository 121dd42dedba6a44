package org.doudi.rules.drools.facts;

/**
 * Derived: a home-visit team member who counts towards {@code visit.minStaff} (policy §12): a township case worker
 * who is not recused.
 *
 * @param member  the team member, not null
 */
public record QualifiedVisitor(TeamMember member) {
}
