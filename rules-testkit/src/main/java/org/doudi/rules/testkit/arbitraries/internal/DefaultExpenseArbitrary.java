package org.doudi.rules.testkit.arbitraries.internal;

import java.util.List;
import java.util.function.Consumer;

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
        return with(c -> c.types = List.of(types));
    }

    @Override
    public ExpenseArbitrary between(Money min, Money max) {
        Amounts.amounts().between(min, max); // checks the range
        return with(c -> {
            c.min = min;
            c.max = max;
            c.realistic = false;
        });
    }

    /**
     * Every knob returns a new arbitrary: a copy of this one with {@code change} applied.
     *
     * @param change  sets the knob on the copy, not null
     * @return the copy, never null
     */
    private DefaultExpenseArbitrary with(Consumer<DefaultExpenseArbitrary> change) {
        DefaultExpenseArbitrary clone = typedClone();
        change.accept(clone);
        return clone;
    }
}
