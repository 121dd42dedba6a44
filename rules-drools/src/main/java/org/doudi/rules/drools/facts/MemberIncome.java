package org.doudi.rules.drools.facts;

import java.util.List;

import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.Income;

/**
 * Derived: the own income of a member assessed alone (policy §6): own income less the incomes the rules left out
 * (excluded types and, where the profile exempts them, support payments) and less own allowed deductions.
 *
 * @param person      the member, not null
 * @param countable   own countable income
 * @param deductions  own allowed deductions
 * @param net         max(0, countable − deductions)
 * @param standard    S, the unit's S × 1
 */
public record MemberIncome(Person person, Money countable, Money deductions, Money net, Money standard) {

    /**
     * @param person      the member, not null
     * @param excluded    the member's incomes that are not counted, not null
     * @param deductions  the member's allowed deductions, not null
     * @param standard    S
     * @return the member's own income, never null
     */
    public static MemberIncome of(Person person, List<ExcludedIncome> excluded, List<AllowedDeduction> deductions,
                                  Money standard) {
        Money countable = Money.ZERO;
        for (Income i : person.getMember().incomes()) {
            countable = countable.plus(i.monthly());
        }
        countable = countable.minus(excluded.stream().map(x -> x.item().monthly()).reduce(Money.ZERO, Money::plus));
        Money deducted = deductions.stream().map(AllowedDeduction::amount).reduce(Money.ZERO, Money::plus);
        return new MemberIncome(person, countable, deducted, countable.minus(deducted).max(Money.ZERO), standard);
    }

    /** @return true if net &lt; S (strictly below) */
    public boolean isBelowStandard() {
        return net.compareTo(standard) < 0;
    }
}
