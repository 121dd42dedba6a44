package org.doudi.rules.testkit.arbitraries;

import java.time.LocalDate;

import net.jqwik.api.Arbitrary;

import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.Kind;
import org.doudi.rules.api.request.Residence;

/**
 * Generates whole requests, valid by construction (the JSON contract): exactly one {@code HEAD} listed first, unique ids
 * {@code m1..mn}, at most one {@code SPOUSE}, birth dates before {@code asOf}, an assessment date on which the profile
 * has a standard, {@code bridgeMonths} and {@code bonusMonths} within the profile's bounds where it enables the
 * feature, {@code categoryOverride} 1–4 or null, an {@code enrollment} exactly for {@code REVIEW} and
 * {@code VOLUNTARY_EXIT} (and for some applications, see {@link #withPhaseOutCandidates()}; its covered members a non-empty subset of the member ids). Each configuring method returns
 * a new arbitrary.
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

    /**
     * Requests of the given kinds, drawn uniformly. A {@code REVIEW} or {@code VOLUNTARY_EXIT} carries an enrollment:
     * {@code since} 1–72 months before {@code asOf}, category 1–4 or null, an enrolled amount, covered members a
     * non-empty subset of the member ids, {@code incomeExceededSince} null, before, within or after the
     * {@code phaseOut.months} window ending in the {@code asOf} month, {@code incomeRiseCause} null, {@code OTHER} or
     * a phase-out cause; registered households are more frequent than among applications. A
     * {@code VOLUNTARY_EXIT} mostly has {@code bonusMonths}, within the profile's [min, max] where
     * {@code voluntaryExit.enabled} (0–6, ignored, elsewhere).
     *
     * @param kinds  the kinds, not empty (default {@code APPLICATION})
     * @return an arbitrary of requests of these kinds, never null
     */
    RequestArbitrary ofKinds(Kind... kinds);

    /**
     * Also households built around single-person candidates (policy §6), about three households in five: each member
     * a candidate with probability 2/5 and at least one: an adult with a certified severe disability, a grade 3–4
     * intellectual or mental disability or a catastrophic illness, mostly {@code dependsOnFamily} and not
     * {@code employed}, sometimes with {@code longTermCare}, {@code illnessAidReceived}, a first-generation or no
     * certificate, or a benefit ({@code TEKUN}, {@code ORPHAN}, {@code WORK_INJURY_NURSING}). Their assets pass and
     * the household's countable income is steered to 90–155 % of S × n (mostly the edge band, §5).
     *
     * @return an arbitrary with single-person candidates, never null
     */
    RequestArbitrary withSinglePersonCandidates();

    /**
     * Also households that would phase out under review (§9.1), about two in five: assets passing and countable
     * income steered to 100–200 % of S × n; {@code incomeExceededSince} inside the phase-out window more often; and
     * one application in four carries an enrollment too (allowed: the JSON contract requires one only for the other
     * kinds), so that a phase-out of another kind than {@code REVIEW} would show.
     *
     * @return an arbitrary with phase-out candidates, never null
     */
    RequestArbitrary withPhaseOutCandidates();
}
