package org.doudi.rules.testkit.arbitraries.internal;

import java.math.BigDecimal;
import java.util.function.Consumer;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

import org.doudi.rules.api.money.Money;
import org.doudi.rules.testkit.arbitraries.MoneyArbitrary;

/** The implementation of {@link MoneyArbitrary}: fen drawn as longs, small amounts and whole yuan favoured. */
public final class DefaultMoneyArbitrary extends ArbitraryDecorator<Money> implements MoneyArbitrary {

    private long minFen = 0;
    private long maxFen = 800_000;
    private boolean realisticMix = true;
    private boolean wholeYuan;

    /** The default: 0.00–8000.00 with a realistic mix. */
    public DefaultMoneyArbitrary() {
    }

    @Override
    protected Arbitrary<Money> arbitrary() {
        Arbitrary<Long> fen;
        if (realisticMix) {
            fen = Arbitraries.frequencyOf(
                    Tuple.of(6, fenBetween(minFen, Math.min(maxFen, 80_000))),
                    Tuple.of(3, fenBetween(minFen, Math.min(maxFen, 300_000))),
                    Tuple.of(1, fenBetween(minFen, maxFen)));
        } else {
            fen = fenBetween(minFen, maxFen);
        }
        if (wholeYuan) {
            long lo = (minFen + 99) / 100;
            long hi = maxFen / 100;
            return fen.map(f -> Math.max(lo, Math.min(hi, f / 100)) * 100).map(DefaultMoneyArbitrary::money);
        }
        Arbitrary<Long> whole = fen.map(f -> Math.max(minFen, (f / 100) * 100));
        return Arbitraries.frequencyOf(Tuple.of(1, fen), Tuple.of(1, whole))
                .map(DefaultMoneyArbitrary::money)
                .edgeCases(c -> c.includeOnly(money(minFen), money(Math.min(maxFen, minFen + 1)), money(maxFen)));
    }

    private static Arbitrary<Long> fenBetween(long lo, long hi) {
        // uniform: jqwik's default distribution is biased towards small numbers
        return Arbitraries.longs().between(lo, Math.max(lo, hi)).withDistribution(net.jqwik.api.RandomDistribution.uniform());
    }

    private static Money money(long fen) {
        return Money.of(BigDecimal.valueOf(fen, 2));
    }

    @Override
    public MoneyArbitrary between(Money min, Money max) {
        long lo = toFen(min);
        long hi = toFen(max);
        if (lo < 0 || hi < lo) {
            throw new IllegalArgumentException("Invalid money range [" + min + ", " + max + "]");
        }
        return with(c -> {
            c.minFen = lo;
            c.maxFen = hi;
            c.realisticMix = false;
        });
    }

    @Override
    public MoneyArbitrary wholeYuan() {
        if ((minFen + 99) / 100 > maxFen / 100) {
            throw new IllegalArgumentException("No whole yuan in [" + money(minFen) + ", " + money(maxFen) + "]");
        }
        return with(c -> c.wholeYuan = true);
    }

    static long toFen(Money m) {
        return m.amount().movePointRight(2).longValueExact();
    }

    /**
     * Every knob returns a new arbitrary: a copy of this one with {@code change} applied.
     *
     * @param change  sets the knob on the copy, not null
     * @return the copy, never null
     */
    private DefaultMoneyArbitrary with(Consumer<DefaultMoneyArbitrary> change) {
        DefaultMoneyArbitrary clone = typedClone();
        change.accept(clone);
        return clone;
    }
}
