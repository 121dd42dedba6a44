package org.doudi.rules.testkit.arbitraries.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.Income;
import org.doudi.rules.api.request.IncomeType;
import org.doudi.rules.testkit.arbitraries.Amounts;
import org.doudi.rules.testkit.arbitraries.IncomeArbitrary;
import org.doudi.rules.testkit.arbitraries.Incomes;

/** The implementation of {@link IncomeArbitrary}. */
public final class DefaultIncomeArbitrary extends ArbitraryDecorator<Income> implements IncomeArbitrary {

    private List<IncomeType> types;  // null: countable four times as frequent as excluded
    private Money min;
    private Money max;

    /** Every type, realistic amounts. */
    public DefaultIncomeArbitrary() {
    }

    @Override
    protected Arbitrary<Income> arbitrary() {
        Arbitrary<IncomeType> type = types != null ? Arbitraries.of(types)
                : Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(Incomes.COUNTABLE)),
                                          Tuple.of(1, Arbitraries.of(Incomes.EXCLUDED)));
        Arbitrary<Money> amount = min == null ? Amounts.amounts() : Amounts.amounts().between(min, max);
        return Combinators.combine(type, amount).as(Income::new);
    }

    @Override
    public IncomeArbitrary ofTypes(IncomeType... types) {
        if (types.length == 0) {
            throw new IllegalArgumentException("at least one income type");
        }
        return with(c -> c.types = new ArrayList<>(List.of(types)));
    }

    @Override
    public IncomeArbitrary countable() {
        return ofTypes(Incomes.COUNTABLE.toArray(IncomeType[]::new));
    }

    @Override
    public IncomeArbitrary excluded() {
        return ofTypes(Incomes.EXCLUDED.toArray(IncomeType[]::new));
    }

    @Override
    public IncomeArbitrary between(Money min, Money max) {
        Amounts.amounts().between(min, max); // checks the range
        return with(c -> {
            c.min = min;
            c.max = max;
        });
    }

    /**
     * Every knob returns a new arbitrary: a copy of this one with {@code change} applied.
     *
     * @param change  sets the knob on the copy, not null
     * @return the copy, never null
     */
    private DefaultIncomeArbitrary with(Consumer<DefaultIncomeArbitrary> change) {
        DefaultIncomeArbitrary clone = typedClone();
        change.accept(clone);
        return clone;
    }
}
