package org.doudi.rules.testkit.arbitraries;

import net.jqwik.api.Arbitrary;

import org.doudi.rules.api.request.Assets;

/**
 * Generates household assets (policy §4). By default about one household in five has assets that fail the
 * national default limits. Each configuring method returns a new arbitrary.
 */
public interface AssetsArbitrary extends Arbitrary<Assets> {

    /**
     * Assets well inside the limits of every shipped profile for any household of at least one counted member:
     * financial assets up to 5000.00 (below 24 × the lowest standard), only exempt vehicles (by kind or by the
     * office's judgement), at most two homes, no non-residential property, registered capital up to the cap.
     *
     * @return an arbitrary of passing assets, never null
     */
    AssetsArbitrary passing();
}
