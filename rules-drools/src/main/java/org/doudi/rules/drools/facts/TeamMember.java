package org.doudi.rules.drools.facts;

/**
 * Input: a member of the home-visit team (入户调查, policy §12), once per distinct staff id.
 *
 * @param staffId  the staff id, not null
 * @param index    the position of its first occurrence in {@code homeVisitTeam} (0-based)
 */
public record TeamMember(String staffId, int index) {
}
