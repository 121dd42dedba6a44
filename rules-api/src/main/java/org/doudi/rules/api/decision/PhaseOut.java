package org.doudi.rules.api.decision;

import java.time.YearMonth;

import org.doudi.rules.api.money.Money;

/**
 * The phase-out (渐退) of a household whose income rose (policy §9.1).
 *
 * @param startMonth     the first month of the phase-out
 * @param endMonth       the last month of the phase-out
 * @param monthlyAmount  the payment for the assessment month
 */
public record PhaseOut(YearMonth startMonth, YearMonth endMonth, Money monthlyAmount) {
}
