package org.doudi.rules.api.whatif;

import java.util.List;
import java.util.Objects;

import org.doudi.rules.api.EvaluationResult;
import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.decision.Outcome;
import org.doudi.rules.api.decision.Unit;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.Residence;

/**
 * One case decided under two versions of the rules and parameters (before and after a change, a "reform"), and what
 * changed between the two results.
 *
 * <p>What counts as a change: whether the case was decided at all ({@link #resultChanged}: decided, invalid request or
 * configuration error), the outcome, the coverage, the categories of the covered units (in unit order) and the monthly
 * dibao amount. A case not decided on a side pays nothing on that side. "Eligible" means the outcome
 * {@link Outcome#ELIGIBLE}. Immutable.
 *
 * @param position   the case's position in the input, from 1 (the physical line number for a file)
 * @param caseId     the case id as given, may be null
 * @param profile    the profile that decided (after, else before), else the request's profile or region; may be null
 * @param residence  the request's residence, may be null in an invalid request
 * @param before     the result under the old version, not null
 * @param after      the result under the new version, not null
 */
public record CaseComparison(long position, String caseId, String profile, Residence residence,
                             EvaluationResult before, EvaluationResult after) {

    /**
     * Checks the results are given.
     *
     * @param position   the case's position in the input, from 1 (the physical line number for a file)
     * @param caseId     the case id as given, may be null
     * @param profile    the profile that decided (after, else before), else the request's profile or region; may be null
     * @param residence  the request's residence, may be null in an invalid request
     * @param before     the result under the old version, not null
     * @param after      the result under the new version, not null
     */
    public CaseComparison {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }

    /**
     * A comparison of the results of one request.
     *
     * @param position  the position in the input, from 1
     * @param request   the request as decided, not null (fields may be null in an invalid request)
     * @param before    the result under the old version, not null
     * @param after     the result under the new version, not null
     * @return the comparison, never null
     */
    public static CaseComparison of(long position, org.doudi.rules.api.request.EvaluationRequest request,
                                    EvaluationResult before, EvaluationResult after) {
        String caseId = request.caseId() != null ? request.caseId() : after.caseId() != null ? after.caseId()
                : before.caseId();
        String profile = after instanceof EvaluationResult.Decided d ? d.decision().profile()
                : before instanceof EvaluationResult.Decided d ? d.decision().profile()
                : request.profile() != null ? request.profile() : request.region();
        return new CaseComparison(position, caseId, profile, request.residence(), before, after);
    }

    /** What came of a request, as a comparison names it. */
    public enum ResultKind {
        /** A decision. */
        DECIDED,
        /** An invalid request. */
        INVALID,
        /** A configuration error (the profile lacks a value the case needs, or the rules reached no outcome). */
        CONFIGURATION_ERROR;

        /**
         * @param result  a result, not null
         * @return its kind
         */
        public static ResultKind of(EvaluationResult result) {
            if (result instanceof EvaluationResult.Decided) {
                return DECIDED;
            }
            return result instanceof EvaluationResult.Rejected ? INVALID : CONFIGURATION_ERROR;
        }
    }

    /** @return the decision before the change, or null when the case was not decided then */
    public Decision decisionBefore() {
        return before instanceof EvaluationResult.Decided d ? d.decision() : null;
    }

    /** @return the decision after the change, or null when the case was not decided then */
    public Decision decisionAfter() {
        return after instanceof EvaluationResult.Decided d ? d.decision() : null;
    }

    /** @return true if the case was decided on one side and not on the other, or rejected differently in kind */
    public boolean resultChanged() {
        return ResultKind.of(before) != ResultKind.of(after);
    }

    /** @return true if both sides decided and the outcomes differ */
    public boolean outcomeChanged() {
        return bothDecided() && decisionBefore().outcome() != decisionAfter().outcome();
    }

    /** @return true if both sides decided and the coverages differ */
    public boolean coverageChanged() {
        return bothDecided() && decisionBefore().coverage() != decisionAfter().coverage();
    }

    /** @return true if both sides decided and the categories of the covered units differ (in unit order) */
    public boolean categoryChanged() {
        return bothDecided() && !categories(decisionBefore()).equals(categories(decisionAfter()));
    }

    /** @return true if the monthly amount paid differs (a side that did not decide pays nothing) */
    public boolean amountChanged() {
        return !paidBefore().equals(paidAfter());
    }

    /** @return true if anything this comparison looks at changed */
    public boolean changed() {
        return resultChanged() || outcomeChanged() || coverageChanged() || categoryChanged() || amountChanged();
    }

    /** @return true if the case is eligible after the change and was not (or was not decided) before */
    public boolean newlyEligible() {
        return !eligible(decisionBefore()) && eligible(decisionAfter());
    }

    /** @return true if the case was eligible before the change and is not (or is not decided) after */
    public boolean newlyIneligible() {
        return eligible(decisionBefore()) && !eligible(decisionAfter());
    }

    /** @return the monthly dibao amount paid before, zero when not decided; never null */
    public Money paidBefore() {
        return paid(decisionBefore());
    }

    /** @return the monthly dibao amount paid after, zero when not decided; never null */
    public Money paidAfter() {
        return paid(decisionAfter());
    }

    /**
     * @param decision  a decision, not null
     * @return the categories of its units in unit order (null for a unit without category)
     */
    public static List<Integer> categories(Decision decision) {
        return decision.units().stream().map(Unit::category).toList();
    }

    private boolean bothDecided() {
        return decisionBefore() != null && decisionAfter() != null;
    }

    private static boolean eligible(Decision d) {
        return d != null && d.outcome() == Outcome.ELIGIBLE;
    }

    private static Money paid(Decision d) {
        return d == null ? Money.ZERO : d.monthlyAmount();
    }
}
