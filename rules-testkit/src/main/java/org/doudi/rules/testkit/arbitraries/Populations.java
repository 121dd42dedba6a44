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

    /** Reviews of enrolled households, with phase-out candidates: {@link Requests#reviews()}. */
    public static final class Reviews implements ArbitrarySupplier<EvaluationRequest> {
        /** @return the population, never null */
        @Override
        public Arbitrary<EvaluationRequest> get() {
            return Requests.reviews().withPhaseOutCandidates();
        }
    }

    /** Requests of every kind, with single-person and phase-out candidates. */
    public static final class AnyKind implements ArbitrarySupplier<EvaluationRequest> {
        /** @return the population, never null */
        @Override
        public Arbitrary<EvaluationRequest> get() {
            return Requests.any().withSinglePersonCandidates().withPhaseOutCandidates();
        }
    }

    /** Requests of every kind, about half of them households built around single-person candidates. */
    public static final class SinglePersonCandidates implements ArbitrarySupplier<EvaluationRequest> {
        /** @return the population, never null */
        @Override
        public Arbitrary<EvaluationRequest> get() {
            return Requests.any().withSinglePersonCandidates();
        }
    }
}
