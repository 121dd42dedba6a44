package org.doudi.rules.drools.facts;

/**
 * Input: the democratic review panel (民主评议小组, policy §12) as a whole; absent when the request has none.
 *
 * @param poolSize        size of the pool the panel was drawn from
 * @param applicantGroup  the applicant's village group, may be null
 */
public record PanelInfo(int poolSize, String applicantGroup) {
}
