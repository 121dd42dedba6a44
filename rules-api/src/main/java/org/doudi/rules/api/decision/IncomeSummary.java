package org.doudi.rules.api.decision;

import org.doudi.rules.api.money.Money;

/**
 * The household's income figures (policy §3), each rounded for output only: comparisons use exact figures.
 *
 * @param countedMembers  n, the number of counted members
 * @param gross           all counted members' incomes
 * @param excluded        the part of excluded types
 * @param deductions      the allowed rigid expenditures
 * @param net             max(0, gross − excluded − deductions)
 * @param perCapita       net / n, HALF_UP to 0.01 ("0.00" when n = 0)
 */
public record IncomeSummary(int countedMembers, Money gross, Money excluded, Money deductions, Money net,
                            Money perCapita) {
}
