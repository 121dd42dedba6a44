package org.doudi.rules.testkit.arbitraries;

import net.jqwik.api.Arbitrary;

import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.Expense;
import org.doudi.rules.api.request.ExpenseType;

/**
 * Generates monthly rigid expenditures ({@link Expense}) of one member. Each configuring method returns a new
 * arbitrary.
 */
public interface ExpenseArbitrary extends Arbitrary<Expense> {

    /**
     * @param types  the expense types to draw from, not empty
     * @return an arbitrary of expenses of these types only, never null
     */
    ExpenseArbitrary ofTypes(ExpenseType... types);

    /**
     * @param min  the smallest monthly amount, not null, not negative
     * @param max  the largest monthly amount, not null
     * @return an arbitrary of expenses whose amount lies in [min, max], never null
     */
    ExpenseArbitrary between(Money min, Money max);
}
