package org.doudi.rules.testkit.arbitraries;

import java.time.LocalDate;

import net.jqwik.api.Arbitrary;

import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.Residence;

/**
 * Generates whole requests, valid by construction (CONTRACT.md): exactly one {@code HEAD} listed first, unique ids
 * {@code m1..mn}, at most one {@code SPOUSE}, birth dates before {@code asOf}, an assessment date on which the profile
 * has a standard, {@code bridgeMonths} within the profile's bounds, {@code categoryOverride} 1–4 or null. Each
 * configuring method returns a new arbitrary.
 */
public interface RequestArbitrary extends Arbitrary<EvaluationRequest> {

    /**
     * @param profileIds  the profiles to draw from, not empty; each must have a standard on some date
     * @return an arbitrary of requests naming one of these profiles, never null
     * @throws IllegalArgumentException if a profile is unknown, a base profile or has no standard
     */
    RequestArbitrary inProfile(String... profileIds);

    /**
     * @param residence  the residence, not null (default: either)
     * @return an arbitrary of requests with that residence, never null
     */
    RequestArbitrary residence(Residence residence);

    /**
     * @param min  the fewest listed members, ≥ 1
     * @param max  the most, ≥ {@code min} (default 1–6)
     * @return an arbitrary of requests listing that many members, never null
     */
    RequestArbitrary householdSize(int min, int max);

    /**
     * @param min  the earliest assessment date, not null (each profile's first standard date wins if later)
     * @param max  the latest, not null (default {@link AssessmentDates#DEFAULT_LATEST})
     * @return an arbitrary of requests assessed in that interval, never null
     */
    RequestArbitrary onDatesBetween(LocalDate min, LocalDate max);

    /** @return an arbitrary of requests whose assets pass (see {@link AssetsArbitrary#passing()}), never null */
    RequestArbitrary withoutAssetsProblems();

    /**
     * @return an arbitrary of requests whose members are all counted (status {@code PRESENT}, no tekun), never null
     */
    RequestArbitrary allMembersCounted();

    /**
     * @param members  a member arbitrary to configure the members with (its id, relation and date are replaced),
     *                 not null
     * @return an arbitrary of requests whose members come from it, never null
     */
    RequestArbitrary withMembers(MemberArbitrary members);

    /**
     * @param percent  how often a {@code categoryOverride} is set, 0–100 (default 10)
     * @return an arbitrary of requests with that share of overrides, never null
     */
    RequestArbitrary categoryOverrides(int percent);
}
