package org.doudi.rules.drools.facts;

import java.util.List;
import java.util.Set;

import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.Income;
import org.doudi.rules.api.request.IncomeType;

/**
 * Derived: the own income of a member who qualifies alone (policy §6): countable income, less the member's own
 * allowed deductions, with support payments disregarded where the profile says so.
 *
 * @param person      the member, not null
 * @param countable   own countable income (excluded types and, where exempt, support payments left out)
 * @param deductions  own allowed deductions
 * @param net         max(0, countable − deductions)
 * @param standard    S, the unit's S × 1
 */
public record MemberIncome(Person person, Money countable, Money deductions, Money net, Money standard) {

    /**
     * @param person                the member, not null
     * @param deductions            the member's allowed deductions, not null
     * @param excludedTypes         {@code income.excludedTypes}
     * @param supportPaymentExempt  {@code single.supportPaymentExempt}
     * @param standard              S
     * @return the member's own income, never null
     */
    public static MemberIncome of(Person person, List<AllowedDeduction> deductions, Set<IncomeType> excludedTypes,
                                  boolean supportPaymentExempt, Money standard) {
        Money countable = Money.ZERO;
        for (Income i : person.getMember().incomes()) {
            boolean disregarded = excludedTypes.contains(i.type())
                    || supportPaymentExempt && i.type() == IncomeType.SUPPORT_PAYMENT;
            if (!disregarded) {
                countable = countable.plus(i.monthly());
            }
        }
        Money deducted = deductions.stream().map(AllowedDeduction::amount).reduce(Money.ZERO, Money::plus);
        return new MemberIncome(person, countable, deducted, countable.minus(deducted).max(Money.ZERO), standard);
    }

    /** @return true if net &lt; S (strictly below) */
    public boolean isBelowStandard() {
        return net.compareTo(standard) < 0;
    }
}
