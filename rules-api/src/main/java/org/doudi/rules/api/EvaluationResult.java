package org.doudi.rules.api;

import java.util.List;

import org.doudi.rules.api.decision.Decision;

/**
 * What came of one request of a batch: a decision, an invalid request, or a configuration error. A batch never stops
 * at a bad case.
 */
public sealed interface EvaluationResult {

    /** @return the request's case id as given, may be null */
    String caseId();

    /**
     * The decision, or the exception of the contract for what came instead.
     *
     * @return the decision of a {@link Decided}, never null
     * @throws InvalidRequestException for a {@link Rejected} (every problem listed)
     * @throws PolicyConfigurationException for a {@link Misconfigured}
     */
    default Decision decisionOrThrow() {
        if (this instanceof Decided d) {
            return d.decision();
        }
        if (this instanceof Rejected r) {
            throw new InvalidRequestException(r.problems());
        }
        throw ((Misconfigured) this).error();
    }

    /**
     * A decision.
     *
     * @param decision  the decision, not null
     */
    record Decided(Decision decision) implements EvaluationResult {
        @Override
        public String caseId() {
            return decision.caseId();
        }
    }

    /**
     * An invalid request.
     *
     * @param caseId    the case id as given, may be null
     * @param problems  every problem, not empty
     */
    record Rejected(String caseId, List<Problem> problems) implements EvaluationResult {
        /**
         * Copies the list.
         *
         * @param caseId    the case id as given, may be null
         * @param problems  every problem, not empty
         */
        public Rejected {
            problems = List.copyOf(problems);
        }
    }

    /**
     * A valid request the configuration cannot decide.
     *
     * @param caseId  the case id as given, may be null
     * @param error   the configuration error, not null
     */
    record Misconfigured(String caseId, PolicyConfigurationException error) implements EvaluationResult {
    }
}
