package org.doudi.rules.drools.facts;

import org.doudi.rules.api.money.BigMoney;
import org.doudi.rules.api.money.Money;

/**
 * Derived: the monthly amount of a covered unit (policy §8).
 *
 * @param coveredUnit     the unit, not null
 * @param exact    the exact amount before rounding
 * @param rounded  the amount after {@code payment.rounding}
 */
public record UnitPayment(CoveredUnit coveredUnit, BigMoney exact, Money rounded) {
}
