package org.doudi.rules.testkit.arbitraries;

import net.jqwik.api.Arbitrary;

import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.Income;
import org.doudi.rules.api.request.IncomeType;

/**
 * Generates monthly incomes ({@link Income}) of one member. Each configuring method returns a new arbitrary.
 */
public interface IncomeArbitrary extends Arbitrary<Income> {

    /**
     * @param types  the income types to draw from, not empty
     * @return an arbitrary of incomes of these types only, never null
     */
    IncomeArbitrary ofTypes(IncomeType... types);

    /** @return incomes of the countable types of policy §3 only ({@link Incomes#COUNTABLE}), never null */
    IncomeArbitrary countable();

    /** @return incomes of the national excluded types of policy §3 only ({@link Incomes#EXCLUDED}), never null */
    IncomeArbitrary excluded();

    /**
     * @param min  the smallest monthly amount, not null, not negative
     * @param max  the largest monthly amount, not null
     * @return an arbitrary of incomes whose amount lies in [min, max], never null
     */
    IncomeArbitrary between(Money min, Money max);
}
