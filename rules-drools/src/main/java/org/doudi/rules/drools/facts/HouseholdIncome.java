package org.doudi.rules.drools.facts;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import org.doudi.rules.api.money.BigMoney;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.Income;

/**
 * Derived: the household's income figures over its counted members (policy §3), all exact, with S × n.
 *
 * @param members               the counted members, in member order
 * @param gross                 all counted members' incomes
 * @param excluded              the part of excluded types
 * @param deductions            the allowed rigid expenditures
 * @param net                   max(0, gross − excluded − deductions)
 * @param standard              S
 * @param standardTimesMembers  S × n
 */
public record HouseholdIncome(List<Person> members, Money gross, Money excluded, Money deductions, Money net,
                              Money standard, Money standardTimesMembers) {

    /** Copies the member list. */
    public HouseholdIncome {
        members = List.copyOf(members);
    }

    /**
     * Adds up the incomes of counted members, the incomes the rules left out and the allowed deductions.
     *
     * @param counted     the counted members, any order
     * @param excluded    the incomes of counted members that are not counted
     * @param deductions  the allowed deductions of counted members
     * @param standard    S
     * @return the figures, never null
     */
    public static HouseholdIncome of(List<Person> counted, List<ExcludedIncome> excluded,
                                     List<AllowedDeduction> deductions, Money standard) {
        List<Person> members = counted.stream().sorted(Comparator.comparingInt(Person::getPosition)).toList();
        Money gross = Money.ZERO;
        for (Person p : members) {
            for (Income i : p.getMember().incomes()) {
                gross = gross.plus(i.monthly());
            }
        }
        Money excludedTotal = excluded.stream().map(x -> x.item().monthly()).reduce(Money.ZERO, Money::plus);
        Money deducted = deductions.stream().map(AllowedDeduction::amount).reduce(Money.ZERO, Money::plus);
        Money net = gross.minus(excludedTotal).minus(deducted).max(Money.ZERO);
        return new HouseholdIncome(members, gross, excludedTotal, deducted, net, standard,
                standard.times(members.size()));
    }

    /** @return n, the number of counted members */
    public int countedMembers() {
        return members.size();
    }

    /** @return gross − excluded: the countable gross income */
    public Money countableGross() {
        return gross.minus(excluded);
    }

    /** @return true if {@code net < S × n} (strictly below: "低于") */
    public boolean isBelowStandard() {
        return net.compareTo(standardTimesMembers) < 0;
    }

    /**
     * The edge-household test (低保边缘家庭): {@code net < multiplier × S × n}, or {@code ≤} when inclusive.
     *
     * @param multiplier      {@code edge.multiplier}
     * @param upperInclusive  {@code edge.upperInclusive}
     * @return true if within the edge limit
     */
    public boolean isWithinEdge(BigDecimal multiplier, boolean upperInclusive) {
        int c = net.exact().compareTo(edgeLimit(multiplier));
        return upperInclusive ? c <= 0 : c < 0;
    }

    /**
     * @param multiplier  {@code edge.multiplier}
     * @return multiplier × S × n, exact
     */
    public BigMoney edgeLimit(BigDecimal multiplier) {
        return standardTimesMembers.times(multiplier);
    }

    /**
     * @param months  {@code assets.financialMonthsOfStandard}
     * @return months × S × n, exact: the financial-asset limit of the household
     */
    public BigMoney financialLimit(BigDecimal months) {
        return standardTimesMembers.times(months);
    }
}
