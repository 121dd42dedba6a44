package org.doudi.rules.testkit.arbitraries;

import org.doudi.rules.testkit.arbitraries.internal.DefaultMoneyArbitrary;

/**
 * Facade of money arbitraries: {@code Amounts.amounts().between(Money.ofYuan(0), Money.ofYuan(500))}.
 * The default provider of {@code @ForAll Money} is {@link #amounts()}.
 */
public final class Amounts {

    private Amounts() {
    }

    /**
     * Amounts of a realistic monthly size for one income or expense: 0.00 to 8000.00, small amounts and whole yuan
     * more frequent, edge cases 0.00 and 0.01.
     *
     * @return a new arbitrary, never null
     */
    public static MoneyArbitrary amounts() {
        return new DefaultMoneyArbitrary();
    }
}
