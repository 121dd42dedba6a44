package org.doudi.rules.drools.screening;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import org.doudi.rules.api.decision.Coverage;
import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.decision.Outcome;
import org.doudi.rules.api.decision.Unit;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.Enrollment;
import org.doudi.rules.api.request.EvaluationRequest;

/**
 * A screening fact: the enrolled case (with the registries' facts applied) beside its re-evaluation, as the screening
 * rules compare them. One per case. Immutable.
 */
public final class ScreenedCase {

    private final EvaluationRequest request;
    private final Decision decision;
    private final Set<String> coveredAloneIds = new LinkedHashSet<>();

    /**
     * @param request   the case as re-evaluated (a REVIEW with its enrollment), not null
     * @param decision  its re-evaluation, not null
     */
    public ScreenedCase(EvaluationRequest request, Decision decision) {
        this.request = request;
        this.decision = decision;
        if (decision.coverage() == Coverage.SINGLE_PERSON) {
            for (Unit u : decision.units()) {
                coveredAloneIds.addAll(u.members());
            }
        }
    }

    public EvaluationRequest getRequest() { return request; }
    public Decision getDecision() { return decision; }
    public Enrollment getEnrollment() { return request.enrollment(); }
    public LocalDate getAsOf() { return request.asOf(); }
    public Outcome getOutcome() { return decision.outcome(); }
    public Coverage getCoverage() { return decision.coverage(); }

    /** @return the amount being paid ({@code enrollment.monthlyAmount}), never null */
    public Money getEnrolledAmount() { return request.enrollment().monthlyAmount(); }

    /** @return the amount the re-evaluation pays, never null */
    public Money getReevaluatedAmount() { return decision.monthlyAmount(); }

    /** @return true if the re-evaluation requires filing (近亲属备案) */
    public boolean isFilingRequired() { return decision.verification().filingRequired(); }

    /** @return {@code enrollment.filed} */
    public boolean isFiled() { return request.enrollment().filed(); }

    /** @return the number of payment cards on the case */
    public int getCardCount() { return request.enrollment().cards().size(); }

    /** @return ids of the members the re-evaluation covers alone (single-person units), never null */
    public Set<String> getCoveredAloneIds() { return coveredAloneIds; }

    @Override
    public String toString() {
        return "ScreenedCase[" + decision.outcome() + "]";
    }
}
