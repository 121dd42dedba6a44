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
 * One case of a batch as county sampling (policy §13) sees it: its key, whether it is proposed for approval (and
 * if not, why), its home visit, and the {@code sampling.ratio} of its profile. This class is immutable and
 * thread-safe.
 *
 * @param caseId        the case id as given, may be null (an unreadable request)
 * @param standing      whether the case is proposed for approval, not null
 * @param homeVisit     the decision's home visit ({@code MANDATORY} or {@code SAMPLED}); null unless decided
 * @param profile       the id of the profile that decided the case; null unless decided
 * @param profileRatio  the profile's {@code sampling.ratio} on the case's date and residence; null when the case was
 *                      not decided or the profile has no such value
 */
public record SampleCase(String caseId, Standing standing, HomeVisit homeVisit, String profile,
                         BigDecimal profileRatio) {

    /** Whether a case is proposed for approval, and if not, why. */
    public enum Standing {
        /** An {@code APPLICATION} decided {@code ELIGIBLE}: proposed for approval. */
        PROPOSED,
        /** The request was invalid. */
        INVALID,
        /** The profile could not decide the request. */
        MISCONFIGURED,
        /** A {@code REVIEW} or {@code VOLUNTARY_EXIT}: only applications are approved. */
        NOT_APPLICATION,
        /** An application whose outcome is not {@code ELIGIBLE}. */
        NOT_ELIGIBLE
    }

    /**
     * Checks that a proposed case has its case id and home visit.
     */
    public SampleCase {
        Objects.requireNonNull(standing, "standing");
        if (standing == Standing.PROPOSED && (caseId == null || homeVisit == null)) {
            throw new IllegalArgumentException("a proposed case needs its case id and home visit");
        }
    }

    /**
     * A case proposed for approval, e.g. in tests or from decisions kept elsewhere.
     *
     * @param caseId        the case id, not null
     * @param homeVisit     {@code MANDATORY} or {@code SAMPLED}, not null
     * @param profile       the profile id, may be null
     * @param profileRatio  the profile's {@code sampling.ratio}, may be null
     * @return the case, never null
     */
    public static SampleCase proposed(String caseId, HomeVisit homeVisit, String profile, BigDecimal profileRatio) {
        return new SampleCase(Objects.requireNonNull(caseId, "caseId"), Standing.PROPOSED,
                Objects.requireNonNull(homeVisit, "homeVisit"), profile, profileRatio);
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
            Standing standing = decision.kind() != Kind.APPLICATION ? Standing.NOT_APPLICATION
                    : decision.outcome() != Outcome.ELIGIBLE ? Standing.NOT_ELIGIBLE
                    : Standing.PROPOSED;
            return new SampleCase(decision.caseId(), standing, decision.verification().homeVisit(),
                    decision.profile(), profileRatio);
        }
        Standing standing = result instanceof EvaluationResult.Rejected ? Standing.INVALID : Standing.MISCONFIGURED;
        return new SampleCase(result.caseId(), standing, null, null, null);
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
