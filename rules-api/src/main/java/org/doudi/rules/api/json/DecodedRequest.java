package org.doudi.rules.api.json;

import java.util.List;
import java.util.Objects;

import org.doudi.rules.api.InvalidRequestException;
import org.doudi.rules.api.Problem;
import org.doudi.rules.api.request.EvaluationRequest;

/**
 * A decoded request with every problem found in it. The request is built even when there are problems: a field that
 * could not be read is null or at its default, so that further checks can still run and the case id can be echoed.
 *
 * @param request   the request as far as it could be read, never null
 * @param problems  every problem found, in a stable order, never null; empty if the request is valid
 */
public record DecodedRequest(EvaluationRequest request, List<Problem> problems) {

    /**
     * Checks for nulls and copies the list.
     *
     * @param request  the request as far as it could be read, never null
     * @param problems  every problem found, in a stable order, never null; empty if the request is valid
     */
    public DecodedRequest {
        Objects.requireNonNull(request, "request");
        problems = List.copyOf(problems);
    }

    /** @return true if no problem was found */
    public boolean isValid() {
        return problems.isEmpty();
    }

    /**
     * Returns the request if it is valid.
     *
     * @return the request, never null
     * @throws InvalidRequestException if any problem was found
     */
    public EvaluationRequest requireValid() {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return request;
    }
}
