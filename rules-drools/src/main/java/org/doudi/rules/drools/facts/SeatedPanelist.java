package org.doudi.rules.drools.facts;

/**
 * Derived: a review-panel member who is not recused and so counts for the panel's size and make-up (policy §12).
 *
 * @param seat  the panel member, not null
 */
public record SeatedPanelist(PanelSeat seat) {
}
