package org.doudi.rules.testkit.arbitraries;

import org.doudi.rules.api.request.Kind;
import org.doudi.rules.testkit.arbitraries.internal.DefaultRequestArbitrary;

/**
 * Facade of request arbitraries: {@code Requests.applications().inProfile("gs-huining").householdSize(1, 4)}.
 * The default provider of {@code @ForAll EvaluationRequest} is {@link #applications()}.
 */
public final class Requests {

    private Requests() {
    }

    /**
     * {@code APPLICATION} requests over every built-in profile that has a standard (yn-ludian, gs-huining, hn-xiayi),
     * either residence, 1–6 members, dates from each profile's first standard to {@link
     * AssessmentDates#DEFAULT_LATEST}; incomes sized so that a good share of households is eligible.
     *
     * @return a new arbitrary, never null
     */
    public static RequestArbitrary applications() {
        return new DefaultRequestArbitrary();
    }

    /**
     * {@code REVIEW} requests of enrolled households (policy §9.1), otherwise like {@link #applications()}: see
     * {@link RequestArbitrary#ofKinds} for the enrollment.
     *
     * @return a new arbitrary, never null
     */
    public static RequestArbitrary reviews() {
        return new DefaultRequestArbitrary().ofKinds(Kind.REVIEW);
    }

    /**
     * {@code VOLUNTARY_EXIT} requests of enrolled households (policy §9.2), with {@code bonusMonths} within the
     * profile's bounds or null.
     *
     * @return a new arbitrary, never null
     */
    public static RequestArbitrary voluntaryExits() {
        return new DefaultRequestArbitrary().ofKinds(Kind.VOLUNTARY_EXIT);
    }

    /**
     * Requests of every kind, drawn uniformly: applications, reviews and voluntary exits.
     *
     * @return a new arbitrary, never null
     */
    public static RequestArbitrary any() {
        return new DefaultRequestArbitrary().ofKinds(Kind.values());
    }
}
