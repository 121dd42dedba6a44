package org.doudi.rules.api;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.doudi.rules.api.batch.BatchOptions;
import org.doudi.rules.api.batch.OrderedBatch;
import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.json.DecodedRequest;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.validation.RequestPipeline;

/**
 * Decides dibao cases: eligibility, coverage, category, amount, subsidies and verification duties, each decision with
 * the reasons that produced it (the policy pages, docs/policy).
 *
 * <p>Two names, two contracts: {@code decide} returns a decision and <em>throws</em> for an invalid request or a
 * missing profile value; {@code evaluate} (and {@code evaluateAll}) <em>returns</em> an {@link EvaluationResult} for
 * every request, so that a bad case never stops a batch. Every method runs the request through the one
 * {@link RequestPipeline} (decode, structure, meaning, profile) exactly once before deciding.
 *
 * <p>Implementations are thread-safe: one instance serves a whole application.
 */
public interface EligibilityService {

    /**
     * Decides one case, with Chinese messages, throwing for what cannot be decided.
     *
     * @param request  the request, not null
     * @return the decision, never null
     * @throws InvalidRequestException if the request is invalid (every problem listed)
     * @throws PolicyConfigurationException if the profile lacks a value the case needs
     */
    default Decision decide(EvaluationRequest request) {
        return decide(request, Locale.CHINESE);
    }

    /**
     * Decides one case, throwing for what cannot be decided.
     *
     * @param request  the request, not null
     * @param locale   the language of reason messages: English for {@code en}, Chinese otherwise; not null
     * @return the decision, never null
     * @throws InvalidRequestException if the request is invalid (every problem listed)
     * @throws PolicyConfigurationException if the profile lacks a value the case needs
     */
    default Decision decide(EvaluationRequest request, Locale locale) {
        return evaluate(request, locale).decisionOrThrow();
    }

    /**
     * Evaluates one case, with Chinese messages: bad input and configuration come back as results, never thrown.
     *
     * @param request  the request, not null
     * @return the decision, the problems or the configuration error; never null
     */
    default EvaluationResult evaluate(EvaluationRequest request) {
        return evaluate(request, Locale.CHINESE);
    }

    /**
     * Evaluates one case built in Java: bad input and configuration come back as results, never thrown.
     *
     * @param request  the request, not null
     * @param locale   the language of reason messages, not null
     * @return the decision, the problems or the configuration error; never null
     */
    default EvaluationResult evaluate(EvaluationRequest request, Locale locale) {
        return evaluate(RequestPipeline.requestChecks(request), locale);
    }

    /**
     * Evaluates one case decoded from JSON or YAML ({@code DoudiJson.decodeRequest}), whose decoding, structure and
     * meaning problems are known: the profile checks complete them, and only a request without any problem is
     * decided, so an invalid request that would also lack a profile value is reported as invalid.
     *
     * @param decoded  the decoded request with its problems, not null
     * @param locale   the language of reason messages, not null
     * @return the decision, the problems or the configuration error; never null
     */
    EvaluationResult evaluate(DecodedRequest decoded, Locale locale);

    /**
     * Decides one case of a batch.
     *
     * @param request  the request, not null
     * @param locale   the language of reason messages, not null
     * @return the decision, the problems or the configuration error; never null
     * @deprecated the same as {@link #evaluate(EvaluationRequest, Locale)}; use that
     */
    @Deprecated(since = "0.1.0")
    default EvaluationResult evaluateOne(EvaluationRequest request, Locale locale) {
        return evaluate(request, locale);
    }

    /**
     * Evaluates many cases on all processors. A bad case gives a {@link EvaluationResult.Rejected} or
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
     * Evaluates a stream of cases of any length on several threads, in bounded memory: the results come in input
     * order and are the same, element for element, as one thread would give. A bad case gives a
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
                request -> evaluate(request, locale), options).onClose(requests::close);
    }

    /**
     * Checks a request built in Java without deciding it: every stage of the pipeline, including the checks that need
     * its profile (known profile or region, month bounds of the profile).
     *
     * @param request  the request, not null
     * @return every problem found, empty if the request is valid; never null
     */
    default List<Problem> validate(EvaluationRequest request) {
        return validate(RequestPipeline.requestChecks(request));
    }

    /**
     * Every problem of a request decoded from JSON or YAML: its decoding, structure and meaning problems, then the
     * checks that need the profile at paths not yet reported.
     *
     * @param decoded  the decoded request with its problems, not null
     * @return every problem, empty if the request is valid; never null
     */
    List<Problem> validate(DecodedRequest decoded);
}
