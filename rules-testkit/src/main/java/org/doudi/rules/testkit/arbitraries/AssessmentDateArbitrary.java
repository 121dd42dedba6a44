package org.doudi.rules.testkit.arbitraries;

import java.time.LocalDate;

import net.jqwik.api.Arbitrary;

/**
 * Generates assessment dates on which a profile has a standard for every residence asked for. The dates on which a
 * parameter of the profile changes are generated more often than others (boundaries). Each configuring method
 * returns a new arbitrary.
 */
public interface AssessmentDateArbitrary extends Arbitrary<LocalDate> {

    /**
     * @param min  the earliest date wanted, not null (the profile's first standard date wins if later)
     * @param max  the latest date wanted, not null
     * @return an arbitrary of dates in the intersection, never null
     * @throws IllegalArgumentException if the intersection is empty
     */
    AssessmentDateArbitrary between(LocalDate min, LocalDate max);

    /**
     * @param min  the earliest date wanted, not null
     * @return an arbitrary of dates on or after {@code min}, never null
     */
    AssessmentDateArbitrary atTheEarliest(LocalDate min);

    /**
     * @param max  the latest date wanted, not null
     * @return an arbitrary of dates on or before {@code max}, never null
     */
    AssessmentDateArbitrary atTheLatest(LocalDate max);
}
