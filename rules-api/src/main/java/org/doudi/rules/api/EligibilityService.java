package org.doudi.rules.api;

import java.util.List;
import java.util.Locale;

import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.request.EvaluationRequest;

/**
 * Decides dibao cases: eligibility, coverage, category, amount, subsidies and verification duties, each decision with
 * the reasons that produced it (POLICY.md).
 *
 * <p>Implementations are thread-safe: one instance serves a whole application.
 */
public interface EligibilityService {

    /**
     * Decides one case, with Chinese messages.
     *
     * @param request  the request, not null
     * @return the decision, never null
     * @throws InvalidRequestException if the request is invalid (every problem listed)
     * @throws PolicyConfigurationException if the profile lacks a value the case needs
     */
    default Decision evaluate(EvaluationRequest request) {
        return evaluate(request, Locale.CHINESE);
    }

    /**
     * Decides one case.
     *
     * @param request  the request, not null
     * @param locale   the language of reason messages: English for {@code en}, Chinese otherwise; not null
     * @return the decision, never null
     * @throws InvalidRequestException if the request is invalid (every problem listed)
     * @throws PolicyConfigurationException if the profile lacks a value the case needs
     */
    Decision evaluate(EvaluationRequest request, Locale locale);

    /**
     * Decides many cases. A bad case gives a {@link EvaluationResult.Rejected} or
     * {@link EvaluationResult.Misconfigured} in its place and never stops the batch.
     *
     * @param requests  the requests, not null
     * @param locale    the language of reason messages, not null
     * @return one result per request, in the same order, never null
     */
    List<EvaluationResult> evaluateAll(List<EvaluationRequest> requests, Locale locale);

    /**
     * Checks a request without deciding it, including the checks that need its profile (known profile or region,
     * month bounds of the profile).
     *
     * @param request  the request, not null
     * @return every problem found, empty if the request is valid; never null
     */
    List<Problem> validate(EvaluationRequest request);
}
