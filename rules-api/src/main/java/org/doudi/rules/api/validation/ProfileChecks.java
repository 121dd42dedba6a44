package org.doudi.rules.api.validation;

import java.util.List;

import org.doudi.rules.api.Problem;
import org.doudi.rules.api.request.EvaluationRequest;

/**
 * The last stage of the {@link RequestPipeline}: the checks that need the request's profile (a known profile or
 * region that agree, not the base profile, month bounds the profile sets). The module that owns the profiles and the
 * engine plugs them in; this module knows no profile.
 */
@FunctionalInterface
public interface ProfileChecks {

    /** No profile checks: a pipeline of the request checks only. */
    ProfileChecks NONE = request -> List.of();

    /**
     * Checks a request against its profile. The request has been through the request checks and may be partial
     * (fields that could not be read are null): the checks read only what is there.
     *
     * @param request  the request, not null
     * @return the problems found, each at its path; empty if none; never null
     */
    List<Problem> check(EvaluationRequest request);
}
