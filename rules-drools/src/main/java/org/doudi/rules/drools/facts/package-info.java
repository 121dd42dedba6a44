/**
 * <b>Internal</b> (public only because the DRL files match them; may change without notice): the facts of the policy
 * rules — the case as inserted ({@code Household}, {@code Person}, ...) and what the rules derive from it
 * ({@code Counted}, {@code HouseholdIncome}, {@code CoveredUnit}, {@code ReasonFact}, ...). An analyst's rule folder
 * may match them; integrators read decisions ({@link org.doudi.rules.api.decision.Decision}) instead.
 */
package org.doudi.rules.drools.facts;
