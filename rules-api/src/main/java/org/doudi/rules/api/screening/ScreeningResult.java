package org.doudi.rules.api.screening;

import java.util.List;
import java.util.Objects;

import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.Problem;
import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.money.Money;

/**
 * What the screening found for one case: findings (possibly none), or the problems of an invalid request, or a
 * configuration error. One result per case, in input order.
 */
public sealed interface ScreeningResult {

    /** @return where the case came from ({@link CaseInput#line()}), 0 when unknown */
    long line();

    /** @return the case id as given, may be null */
    String caseId();

    /**
     * A case that was re-evaluated and compared with what is being paid.
     *
     * @param line          where the case came from, 0 when unknown
     * @param caseId        the case id as given
     * @param findings      the findings in line order (registry findings first), empty when the case is clean
     * @param reevaluation  the decision on the case with the registries' facts applied, not null
     * @param overpaid      the monthly money paid too much on this case (not-eligible or amount above), not null
     * @param underpaid     the monthly money paid too little (amount below, subsidies missed), not null
     */
    record Screened(long line, String caseId, List<Finding> findings, Decision reevaluation, Money overpaid,
                    Money underpaid) implements ScreeningResult {
        /**
         * Checks for nulls and copies the list.
         *
         * @param line          where the case came from, 0 when unknown
         * @param caseId        the case id as given
         * @param findings      the findings in line order, empty when the case is clean
         * @param reevaluation  the decision on the case with the registries' facts applied, not null
         * @param overpaid      the monthly money paid too much on this case, not null
         * @param underpaid     the monthly money paid too little, not null
         */
        public Screened {
            findings = List.copyOf(findings);
            Objects.requireNonNull(reevaluation, "reevaluation");
            Objects.requireNonNull(overpaid, "overpaid");
            Objects.requireNonNull(underpaid, "underpaid");
        }
    }

    /**
     * An invalid request: not screened.
     *
     * @param line      where the case came from, 0 when unknown
     * @param caseId    the case id as given, may be null
     * @param problems  every problem, not empty
     */
    record Rejected(long line, String caseId, List<Problem> problems) implements ScreeningResult {
        /**
         * Copies the list.
         *
         * @param line      where the case came from, 0 when unknown
         * @param caseId    the case id as given, may be null
         * @param problems  every problem, not empty
         */
        public Rejected {
            problems = List.copyOf(problems);
        }
    }

    /**
     * A valid request the profiles cannot decide: not screened.
     *
     * @param line    where the case came from, 0 when unknown
     * @param caseId  the case id as given, may be null
     * @param error   the configuration error, not null
     */
    record Misconfigured(long line, String caseId, PolicyConfigurationException error) implements ScreeningResult {
        /**
         * Checks for null.
         *
         * @param line    where the case came from, 0 when unknown
         * @param caseId  the case id as given, may be null
         * @param error   the configuration error, not null
         */
        public Misconfigured {
            Objects.requireNonNull(error, "error");
        }
    }
}
