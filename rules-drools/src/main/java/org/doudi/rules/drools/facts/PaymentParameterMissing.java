package org.doudi.rules.drools.facts;

/**
 * Derived: a covered unit whose amount needs a per-category payment entry the profile lacks (e.g. {@code
 * payment.perPerson.2}). Not an error while the rules run: a unit may exist only for a moment (a single-person unit
 * before the asset test withdraws it). Only a unit that stands when the rules are done makes the decision a
 * configuration error naming the entry, whatever the order in which the engine evaluated the rules.
 *
 * @param coveredUnit  the unit, not null
 * @param parameter    the missing entry, e.g. {@code payment.perPerson.2}, not null
 */
public record PaymentParameterMissing(CoveredUnit coveredUnit, String parameter) {
}
