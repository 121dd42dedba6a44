package org.doudi.rules.testkit.arbitraries.internal;

import java.util.List;
import java.util.function.Consumer;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

import org.doudi.rules.api.request.Disability;
import org.doudi.rules.api.request.DisabilityType;
import org.doudi.rules.testkit.arbitraries.DisabilityArbitrary;

/** The implementation of {@link DisabilityArbitrary}. */
public final class DefaultDisabilityArbitrary extends ArbitraryDecorator<Disability> implements DisabilityArbitrary {

    private List<DisabilityType> types = List.of(DisabilityType.values());
    private int minGrade = 1;
    private int maxGrade = 4;

    /** Any type, grades 1–4. */
    public DefaultDisabilityArbitrary() {
    }

    @Override
    protected Arbitrary<Disability> arbitrary() {
        return Combinators.combine(Arbitraries.of(types), Arbitraries.integers().between(minGrade, maxGrade))
                .as(Disability::new);
    }

    @Override
    public DisabilityArbitrary ofTypes(DisabilityType... types) {
        if (types.length == 0) {
            throw new IllegalArgumentException("at least one disability type");
        }
        return with(c -> c.types = List.of(types));
    }

    @Override
    public DisabilityArbitrary grades(int min, int max) {
        if (min < 1 || max > 4 || max < min) {
            throw new IllegalArgumentException("Invalid grade range [" + min + ", " + max + "]: grades are 1–4");
        }
        return with(c -> {
            c.minGrade = min;
            c.maxGrade = max;
        });
    }

    /**
     * Every knob returns a new arbitrary: a copy of this one with {@code change} applied.
     *
     * @param change  sets the knob on the copy, not null
     * @return the copy, never null
     */
    private DefaultDisabilityArbitrary with(Consumer<DefaultDisabilityArbitrary> change) {
        DefaultDisabilityArbitrary clone = typedClone();
        change.accept(clone);
        return clone;
    }
}
