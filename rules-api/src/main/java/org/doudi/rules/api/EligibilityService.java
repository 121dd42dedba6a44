package org.doudi.rules.api;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.doudi.rules.api.batch.BatchOptions;
import org.doudi.rules.api.batch.OrderedBatch;

import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.request.EvaluationRequest;

/**
 * Decides dibao cases: eligibility, coverage, category, amount, subsidies and verification duties, each decision with
 * the reasons that produced it (the policy pages, docs/policy).
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
     * Decides one case of a batch, turning bad input and configuration into results instead of exceptions.
     *
     * @param request  the request, not null
     * @param locale   the language of reason messages, not null
     * @return the decision, the problems or the configuration error; never null
     */
    default EvaluationResult evaluateOne(EvaluationRequest request, Locale locale) {
        try {
            return new EvaluationResult.Decided(evaluate(request, locale));
        } catch (InvalidRequestException e) {
            return new EvaluationResult.Rejected(request.caseId(), e.problems());
        } catch (PolicyConfigurationException e) {
            return new EvaluationResult.Misconfigured(request.caseId(), e);
        }
    }

    /**
     * Decides many cases on all processors. A bad case gives a {@link EvaluationResult.Rejected} or
     * {@link EvaluationResult.Misconfigured} in its place and never stops the batch.
     *
     * @param requests  the requests, not null
     * @param locale    the language of reason messages, not null
     * @return one result per request, in the same order, never null
     */
    default List<EvaluationResult> evaluateAll(List<EvaluationRequest> requests, Locale locale) {
        try (Stream<EvaluationResult> results = evaluateAll(requests.stream(), locale, BatchOptions.allCores())) {
            return results.toList();
        }
    }

    /**
     * Decides a stream of cases of any length on several threads, in bounded memory: the results come in input order
     * and are the same, element for element, as one thread would give. A bad case gives a
     * {@link EvaluationResult.Rejected} or {@link EvaluationResult.Misconfigured} in its place and never stops the
     * batch. The requests are read on the consumer's thread; close the returned stream when stopping early.
     *
     * @param requests  the requests, not null
     * @param locale    the language of reason messages, not null
     * @param options   threads, chunk size and read-ahead, not null
     * @return one result per request, in input order, never null
     */
    default Stream<EvaluationResult> evaluateAll(Stream<EvaluationRequest> requests, Locale locale,
                                                 BatchOptions options) {
        return OrderedBatch.<EvaluationRequest, EvaluationResult>stream(requests.iterator(),
                request -> evaluateOne(request, locale), options).onClose(requests::close);
    }

    /**
     * Checks a request without deciding it, including the checks that need its profile (known profile or region,
     * month bounds of the profile).
     *
     * @param request  the request, not null
     * @return every problem found, empty if the request is valid; never null
     */
    List<Problem> validate(EvaluationRequest request);
}
