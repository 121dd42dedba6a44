package org.doudi.rules.sampling;

import java.math.BigDecimal;
import java.util.Objects;

import org.doudi.rules.api.EvaluationResult;
import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.decision.HomeVisit;
import org.doudi.rules.api.decision.Outcome;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.Kind;
import org.doudi.rules.profile.ProfileRepository;

/**
 * One case of a batch as county sampling sees it: its key, whether it was decided, its kind and outcome, its home
 * visit, and the {@code sampling.ratio} of its profile. Whether it belongs to the population sampled depends on the
 * {@link Population} ({@link #leftOutReason}). This class is immutable and thread-safe.
 *
 * @param caseId        the case id as given, may be null (an unreadable request)
 * @param status        whether the case was decided, not null
 * @param kind          the decision's kind; null unless decided
 * @param outcome       the decision's outcome; null unless decided
 * @param homeVisit     the decision's home visit: {@code MANDATORY} exactly when the decision requires filing (near
 *                      relatives of staff), else {@code SAMPLED}; null unless decided
 * @param profile       the id of the profile that decided the case; null unless decided
 * @param profileRatio  the profile's {@code sampling.ratio} on the case's date and residence; null when the case was
 *                      not decided or the profile has no such value
 */
public record SampleCase(String caseId, Status status, Kind kind, Outcome outcome, HomeVisit homeVisit,
                         String profile, BigDecimal profileRatio) {

    /** Whether a case was decided. */
    public enum Status {
        /** The case has a decision. */
        DECIDED,
        /** The request was invalid. */
        INVALID,
        /** The profile could not decide the request. */
        MISCONFIGURED
    }

    /** Checks that a decided case has its case id, kind, outcome and home visit. */
    public SampleCase {
        Objects.requireNonNull(status, "status");
        if (status == Status.DECIDED && (caseId == null || kind == null || outcome == null || homeVisit == null)) {
            throw new IllegalArgumentException("a decided case needs its case id, kind, outcome and home visit");
        }
    }

    /**
     * An application decided {@code ELIGIBLE} (proposed for approval), e.g. in tests or from decisions kept elsewhere.
     *
     * @param caseId        the case id, not null
     * @param homeVisit     {@code MANDATORY} or {@code SAMPLED}, not null
     * @param profile       the profile id, may be null
     * @param profileRatio  the profile's {@code sampling.ratio}, may be null
     * @return the case, never null
     */
    public static SampleCase proposed(String caseId, HomeVisit homeVisit, String profile, BigDecimal profileRatio) {
        return decided(caseId, Kind.APPLICATION, Outcome.ELIGIBLE, homeVisit, profile, profileRatio);
    }

    /**
     * A decided case.
     *
     * @param caseId        the case id, not null
     * @param kind          the decision's kind, not null
     * @param outcome       the decision's outcome, not null
     * @param homeVisit     {@code MANDATORY} or {@code SAMPLED}, not null
     * @param profile       the profile id, may be null
     * @param profileRatio  the profile's {@code sampling.ratio}, may be null
     * @return the case, never null
     */
    public static SampleCase decided(String caseId, Kind kind, Outcome outcome, HomeVisit homeVisit, String profile,
                                     BigDecimal profileRatio) {
        return new SampleCase(caseId, Status.DECIDED, kind, outcome, homeVisit, profile, profileRatio);
    }

    /**
     * A case that was not decided.
     *
     * @param caseId  the case id as read, may be null
     * @param status  {@code INVALID} or {@code MISCONFIGURED}, not null
     * @return the case, never null
     */
    public static SampleCase undecided(String caseId, Status status) {
        if (status == Status.DECIDED) {
            throw new IllegalArgumentException("an undecided case cannot have status DECIDED");
        }
        return new SampleCase(caseId, status, null, null, null, null, null);
    }

    /**
     * A case from the result of deciding its request.
     *
     * @param result        the result, not null
     * @param profileRatio  for a decided case, its profile's {@code sampling.ratio} on its date and residence (may be
     *                      null when unknown); ignored otherwise
     * @return the case, never null
     */
    public static SampleCase of(EvaluationResult result, BigDecimal profileRatio) {
        Objects.requireNonNull(result, "result");
        if (result instanceof EvaluationResult.Decided d) {
            Decision decision = d.decision();
            return decided(decision.caseId(), decision.kind(), decision.outcome(),
                    decision.verification().homeVisit(), decision.profile(), profileRatio);
        }
        return undecided(result.caseId(),
                result instanceof EvaluationResult.Rejected ? Status.INVALID : Status.MISCONFIGURED);
    }

    /**
     * A case from its request and the result of deciding it, with the ratio looked up in the profiles that decided
     * it.
     *
     * @param request   the request as read, may be null when it could not be read (then the result is not a decision)
     * @param result    the result, not null
     * @param profiles  the profiles that decided the batch, not null
     * @return the case, never null
     */
    public static SampleCase of(EvaluationRequest request, EvaluationResult result, ProfileRepository profiles) {
        BigDecimal ratio = null;
        if (result instanceof EvaluationResult.Decided d && request != null) {
            ratio = profileRatio(profiles, d.decision().profile(), request);
        }
        return of(result, ratio);
    }

    /**
     * Why the case is not in a population, or null when it is: the application decided {@code ELIGIBLE} before
     * approval, the review decided {@code ELIGIBLE} or {@code PHASE_OUT} among enrolled cases. (A case id that occurs
     * more than once in the batch is the sampler's to judge.)
     *
     * @param population  the population sampled, not null
     * @return the reason, or null for a case of the population
     */
    public LeftOut.Reason leftOutReason(Population population) {
        if (status != Status.DECIDED) {
            return status == Status.INVALID ? LeftOut.Reason.INVALID : LeftOut.Reason.MISCONFIGURED;
        }
        return switch (Objects.requireNonNull(population, "population")) {
            case APPLICATIONS -> kind != Kind.APPLICATION ? LeftOut.Reason.NOT_APPLICATION
                    : outcome != Outcome.ELIGIBLE ? LeftOut.Reason.NOT_ELIGIBLE : null;
            case ENROLLED -> kind != Kind.REVIEW ? LeftOut.Reason.NOT_REVIEW
                    : outcome != Outcome.ELIGIBLE && outcome != Outcome.PHASE_OUT ? LeftOut.Reason.NOT_STILL_PAID
                    : null;
        };
    }

    private static BigDecimal profileRatio(ProfileRepository profiles, String profileId, EvaluationRequest request) {
        try {
            return profiles.byId(profileId)
                    .map(p -> p.on(request.asOf(), request.residence()).samplingRatio())
                    .orElse(null);
        } catch (PolicyConfigurationException e) {
            return null;
        }
    }
}
