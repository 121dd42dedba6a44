package org.doudi.rules.testkit.arbitraries.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

import org.doudi.rules.testkit.arbitraries.AssessmentDateArbitrary;

/** The implementation of {@link AssessmentDateArbitrary}: uniform days, value-change dates (and the eve) favoured. */
public final class DefaultAssessmentDateArbitrary extends ArbitraryDecorator<LocalDate>
        implements AssessmentDateArbitrary {

    private final ProfileDates dates;
    private LocalDate min;
    private LocalDate max;

    /**
     * @param dates  the profile's dates, not null
     * @param min    the earliest date, not before the first standard date
     * @param max    the latest date, not before {@code min}
     */
    public DefaultAssessmentDateArbitrary(ProfileDates dates, LocalDate min, LocalDate max) {
        this.dates = dates;
        this.min = min;
        this.max = max;
        check();
    }

    private void check() {
        if (max.isBefore(min)) {
            throw new IllegalArgumentException("No assessment date for " + dates.profile().id() + " in [" + min
                    + ", " + max + "]: its first standard is on " + dates.firstStandardDate());
        }
    }

    @Override
    protected Arbitrary<LocalDate> arbitrary() {
        long days = ChronoUnit.DAYS.between(min, max);
        Arbitrary<LocalDate> uniform = Arbitraries.longs().between(0, days).withDistribution(net.jqwik.api.RandomDistribution.uniform()).map(min::plusDays);
        List<LocalDate> boundaries = new ArrayList<>();
        for (LocalDate d : dates.changeDates()) {
            for (LocalDate b : List.of(d, d.minusDays(1))) {
                if (!b.isBefore(min) && !b.isAfter(max) && !b.isBefore(dates.firstStandardDate())) {
                    boundaries.add(b);
                }
            }
        }
        if (boundaries.isEmpty()) {
            return uniform;
        }
        return Arbitraries.frequencyOf(Tuple.of(9, uniform), Tuple.of(1, Arbitraries.of(boundaries)));
    }

    @Override
    public AssessmentDateArbitrary between(LocalDate min, LocalDate max) {
        DefaultAssessmentDateArbitrary clone = typedClone();
        clone.min = min.isBefore(dates.firstStandardDate()) ? dates.firstStandardDate() : min;
        clone.max = max;
        clone.check();
        return clone;
    }

    @Override
    public AssessmentDateArbitrary atTheEarliest(LocalDate min) {
        return between(min, max);
    }

    @Override
    public AssessmentDateArbitrary atTheLatest(LocalDate max) {
        return between(min, max);
    }
}
