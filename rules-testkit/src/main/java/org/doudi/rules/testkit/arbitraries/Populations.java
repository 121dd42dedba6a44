package org.doudi.rules.testkit.arbitraries;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;

import org.doudi.rules.api.request.EvaluationRequest;

/**
 * Reusable populations of requests, for {@code @ForAll(supplier = Populations.AssetsPassing.class)}.
 */
public final class Populations {

    private Populations() {
    }

    /** Every kind of generated application: {@link Requests#applications()}. */
    public static final class Applications implements ArbitrarySupplier<EvaluationRequest> {
        /** @return the population, never null */
        @Override
        public Arbitrary<EvaluationRequest> get() {
            return Requests.applications();
        }
    }

    /** Applications whose assets pass: the income test decides. */
    public static final class AssetsPassing implements ArbitrarySupplier<EvaluationRequest> {
        /** @return the population, never null */
        @Override
        public Arbitrary<EvaluationRequest> get() {
            return Requests.applications().withoutAssetsProblems();
        }
    }

    /** Applications whose assets pass and whose members are all counted (n = number of listed members). */
    public static final class AllCounted implements ArbitrarySupplier<EvaluationRequest> {
        /** @return the population, never null */
        @Override
        public Arbitrary<EvaluationRequest> get() {
            return Requests.applications().withoutAssetsProblems().allMembersCounted();
        }
    }
}
