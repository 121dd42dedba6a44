package org.doudi.rules.api.screening;

import java.util.List;
import java.util.Objects;

import org.doudi.rules.api.Problem;
import org.doudi.rules.api.json.DecodedRequest;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.validation.RequestPipeline;

/**
 * One enrolled case of a caseload to screen: the request as far as it could be read, the problems found reading it,
 * and where it came from.
 *
 * @param line      where the case came from (the physical line of a JSON-lines file, from 1), 0 when unknown
 * @param request   the request, not null (a {@code REVIEW} with its enrollment, subsidies paid and cards)
 * @param problems  the problems of the request checks (decoding, structure, meaning) of the
 *                  {@link org.doudi.rules.api.validation.RequestPipeline}; never null
 */
public record CaseInput(long line, EvaluationRequest request, List<Problem> problems) {

    /**
     * Checks for nulls and copies the list.
     *
     * @param line  where the case came from (the physical line of a JSON-lines file, from 1), 0 when unknown
     * @param request  the request, not null (a {@code REVIEW} with its enrollment, subsidies paid and cards)
     * @param problems  the problems of the request checks (decoding, structure, meaning) of the {@link org.doudi.rules.api.validation.RequestPipeline}; never null
     */
    public CaseInput {
        Objects.requireNonNull(request, "request");
        problems = List.copyOf(problems);
    }

    /**
     * A case built in Java, put through the request checks.
     *
     * @param request  a request built in Java, not null
     * @return the case without a line number, never null
     */
    public static CaseInput of(EvaluationRequest request) {
        return decoded(0, RequestPipeline.requestChecks(request));
    }

    /** @return the request with the problems of its request checks, for the profile stage, never null */
    public DecodedRequest checked() {
        return new DecodedRequest(request, problems);
    }

    /**
     * @param line     the physical line number, from 1
     * @param decoded  the request decoded from that line, not null
     * @return the case, never null
     */
    public static CaseInput decoded(long line, DecodedRequest decoded) {
        return new CaseInput(line, decoded.request(), decoded.problems());
    }
}
