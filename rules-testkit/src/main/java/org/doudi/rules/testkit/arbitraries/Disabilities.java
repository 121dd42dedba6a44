package org.doudi.rules.testkit.arbitraries;

import org.doudi.rules.testkit.arbitraries.internal.DefaultDisabilityArbitrary;

/**
 * Facade of disability arbitraries. The default provider of {@code @ForAll Disability} is {@link #disabilities()}.
 */
public final class Disabilities {

    private Disabilities() {
    }

    /**
     * Disabilities of any type and grade 1–4, uniformly.
     *
     * @return a new arbitrary, never null
     */
    public static DisabilityArbitrary disabilities() {
        return new DefaultDisabilityArbitrary();
    }
}
