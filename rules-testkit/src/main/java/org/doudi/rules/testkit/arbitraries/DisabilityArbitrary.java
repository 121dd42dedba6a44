package org.doudi.rules.testkit.arbitraries;

import net.jqwik.api.Arbitrary;

import org.doudi.rules.api.request.Disability;
import org.doudi.rules.api.request.DisabilityType;

/**
 * Generates disabilities (type and grade 1–4). Each configuring method returns a new arbitrary.
 */
public interface DisabilityArbitrary extends Arbitrary<Disability> {

    /**
     * @param types  the types to draw from, not empty
     * @return an arbitrary of disabilities of these types only, never null
     */
    DisabilityArbitrary ofTypes(DisabilityType... types);

    /**
     * @param min  the most severe grade, 1–4
     * @param max  the least severe grade, {@code min}–4
     * @return an arbitrary of disabilities with grades in [min, max], never null
     * @throws IllegalArgumentException if the range is not within 1–4
     */
    DisabilityArbitrary grades(int min, int max);

    /** @return severe disabilities only (grade 1–2, policy §0), never null */
    default DisabilityArbitrary severe() {
        return grades(1, 2);
    }
}
