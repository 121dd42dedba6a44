package org.doudi.rules.testkit.arbitraries.internal;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.Expense;
import org.doudi.rules.api.request.ExpenseType;
import org.doudi.rules.testkit.arbitraries.Amounts;
import org.doudi.rules.testkit.arbitraries.ExpenseArbitrary;

/** The implementation of {@link ExpenseArbitrary}. */
public final class DefaultExpenseArbitrary extends ArbitraryDecorator<Expense> implements ExpenseArbitrary {

    private List<ExpenseType> types = List.of(ExpenseType.values());
    private Money min = Money.ZERO;
    private Money max = Money.ofYuan(3000);
    private boolean realistic = true;

    /** Every type, realistic amounts. */
    public DefaultExpenseArbitrary() {
    }

    @Override
    protected Arbitrary<Expense> arbitrary() {
        Arbitrary<Money> amount = Amounts.amounts().between(min, max);
        if (realistic) {
            amount = Arbitraries.frequencyOf(
                    net.jqwik.api.Tuple.of(4, Amounts.amounts().between(Money.ZERO, Money.ofYuan(600))),
                    net.jqwik.api.Tuple.of(1, amount));
        }
        return Combinators.combine(Arbitraries.of(types), amount).as(Expense::new);
    }

    @Override
    public ExpenseArbitrary ofTypes(ExpenseType... types) {
        if (types.length == 0) {
            throw new IllegalArgumentException("at least one expense type");
        }
        DefaultExpenseArbitrary clone = typedClone();
        clone.types = List.of(types);
        return clone;
    }

    @Override
    public ExpenseArbitrary between(Money min, Money max) {
        Amounts.amounts().between(min, max); // checks the range
        DefaultExpenseArbitrary clone = typedClone();
        clone.min = min;
        clone.max = max;
        clone.realistic = false;
        return clone;
    }
}
