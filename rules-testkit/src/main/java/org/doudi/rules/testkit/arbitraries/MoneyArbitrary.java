package org.doudi.rules.testkit.arbitraries;

import net.jqwik.api.Arbitrary;

import org.doudi.rules.api.money.Money;

/**
 * Generates amounts of yuan with two decimals ({@link Money}), never negative.
 *
 * <p>Each configuring method returns a new arbitrary; this one is unchanged.
 */
public interface MoneyArbitrary extends Arbitrary<Money> {

    /**
     * @param min  the smallest amount, not null, not negative
     * @param max  the largest amount, not null, not below {@code min}
     * @return an arbitrary of amounts in [min, max], never null
     * @throws IllegalArgumentException if the range is empty or negative
     */
    MoneyArbitrary between(Money min, Money max);

    /** @return an arbitrary of whole-yuan amounts only (e.g. {@code 300.00}), never null */
    MoneyArbitrary wholeYuan();
}
