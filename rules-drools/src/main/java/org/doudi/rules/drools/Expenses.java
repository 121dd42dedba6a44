package org.doudi.rules.drools;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.doudi.rules.api.money.Money;
import org.doudi.rules.drools.facts.ExpenseItem;
import org.doudi.rules.drools.facts.Person;

/** Money arithmetic for rigid-expenditure deductions, called from the income rules (policy §3). */
public final class Expenses {

    private Expenses() {
    }

    /**
     * @param items  expense items, not null
     * @return their exact total, never null
     */
    public static Money total(List<ExpenseItem> items) {
        return items.stream().map(ExpenseItem::monthly).reduce(Money.ZERO, Money::plus);
    }

    /**
     * The deductible employment cost of a member: the actual cost, capped at {@code cap} × the member's WAGE + BUSINESS
     * income, the cap rounded HALF_UP to 0.01 (policy §3, the one rounding of this area).
     *
     * @param items   the member's EMPLOYMENT_COST items, not null
     * @param person  the member, not null
     * @param cap     {@code deduction.employmentCostCap}, null for no cap
     * @return the deductible amount, never null
     */
    public static Money employmentCost(List<ExpenseItem> items, Person person, BigDecimal cap) {
        Money actual = total(items);
        if (cap == null) {
            return actual;
        }
        Money limit = person.getEarnedIncome().times(cap).rounded(RoundingMode.HALF_UP);
        return actual.compareTo(limit) <= 0 ? actual : limit;
    }
}
