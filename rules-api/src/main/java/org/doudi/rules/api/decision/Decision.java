package org.doudi.rules.api.decision;

import java.time.LocalDate;
import java.util.List;

import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.Kind;

/**
 * The decision on one case: the decision of the JSON contract, fields in its order.
 *
 * <p>Lists are never null. {@code phaseOut}, {@code voluntaryExitGrant} and {@code temporaryAssistance} are null where
 * they do not apply. This class is immutable and thread-safe.
 *
 * @param caseId               the request's case id
 * @param profile              the profile that decided
 * @param asOf                 the assessment date
 * @param kind                 the evaluation kind
 * @param outcome              the outcome
 * @param coverage             who is covered
 * @param householdStatus      the household status
 * @param standard             S, the monthly standard per person in force on {@code asOf}
 * @param income               the income figures
 * @param assetsPassed         true if the asset test passed (or was not applied)
 * @param units                the covered units
 * @param monthlyAmount        the dibao amount payable for the {@code asOf} month
 * @param phaseOut             the phase-out, or null
 * @param voluntaryExitGrant   the voluntary-exit grant, or null
 * @param temporaryAssistance  temporary assistance (先行救助), or null
 * @param disabilitySubsidies  the disability subsidies due, in member order
 * @param verification         the verification duties
 * @param recusals             who must step aside
 * @param procedureProblems    procedure problems, in the JSON contract's order
 * @param reasons              every reason, sorted by rule id then member position
 * @param firedRules           the distinct ids of the rules whose conclusions stand, sorted
 */
public record Decision(String caseId, String profile, LocalDate asOf, Kind kind, Outcome outcome, Coverage coverage,
                       HouseholdStatus householdStatus, Money standard, IncomeSummary income, boolean assetsPassed,
                       List<Unit> units, Money monthlyAmount, PhaseOut phaseOut, Money voluntaryExitGrant,
                       Money temporaryAssistance, List<DisabilitySubsidy> disabilitySubsidies,
                       Verification verification, List<Recusal> recusals, List<ProcedureProblem> procedureProblems,
                       List<Reason> reasons, List<String> firedRules) {

    /**
     * Copies the lists.
     *
     * @param caseId  the request's case id
     * @param profile  the profile that decided
     * @param asOf  the assessment date
     * @param kind  the evaluation kind
     * @param outcome  the outcome
     * @param coverage  who is covered
     * @param householdStatus  the household status
     * @param standard  S, the monthly standard per person in force on {@code asOf}
     * @param income  the income figures
     * @param assetsPassed  true if the asset test passed (or was not applied)
     * @param units  the covered units
     * @param monthlyAmount  the dibao amount payable for the {@code asOf} month
     * @param phaseOut  the phase-out, or null
     * @param voluntaryExitGrant  the voluntary-exit grant, or null
     * @param temporaryAssistance  temporary assistance (先行救助), or null
     * @param disabilitySubsidies  the disability subsidies due, in member order
     * @param verification  the verification duties
     * @param recusals  who must step aside
     * @param procedureProblems  procedure problems, in the JSON contract's order
     * @param reasons  every reason, sorted by rule id then member position
     * @param firedRules  the distinct ids of the rules whose conclusions stand, sorted
     */
    public Decision {
        units = List.copyOf(units);
        disabilitySubsidies = List.copyOf(disabilitySubsidies);
        recusals = List.copyOf(recusals);
        procedureProblems = List.copyOf(procedureProblems);
        reasons = List.copyOf(reasons);
        firedRules = List.copyOf(firedRules);
    }

    /**
     * @param code  a reason code, not null
     * @return true if some reason has this code
     */
    public boolean hasReason(String code) {
        return reasons.stream().anyMatch(r -> r.code().equals(code));
    }
}
