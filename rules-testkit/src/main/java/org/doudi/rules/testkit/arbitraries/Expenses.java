package org.doudi.rules.testkit.arbitraries;

import org.doudi.rules.testkit.arbitraries.internal.DefaultExpenseArbitrary;

/**
 * Facade of rigid-expenditure arbitraries. The default provider of {@code @ForAll Expense} is {@link #expenses()}.
 */
public final class Expenses {

    private Expenses() {
    }

    /**
     * Expenses of every type with realistic monthly amounts (mostly up to 600 yuan, rarely up to 3000).
     *
     * @return a new arbitrary, never null
     */
    public static ExpenseArbitrary expenses() {
        return new DefaultExpenseArbitrary();
    }
}
