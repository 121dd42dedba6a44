package org.doudi.rules.testkit.properties;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.doudi.rules.api.decision.DisabilitySubsidy;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.Assets;
import org.doudi.rules.api.request.CaseWorker;
import org.doudi.rules.api.request.Disability;
import org.doudi.rules.api.request.DisabilityType;
import org.doudi.rules.api.request.Duty;
import org.doudi.rules.api.request.Enrollment;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.Expense;
import org.doudi.rules.api.request.ExpenseType;
import org.doudi.rules.api.request.HeadRelation;
import org.doudi.rules.api.request.Income;
import org.doudi.rules.api.request.IncomeType;
import org.doudi.rules.api.request.KinRelation;
import org.doudi.rules.api.request.Kind;
import org.doudi.rules.api.request.Member;
import org.doudi.rules.api.request.MemberRelation;
import org.doudi.rules.api.request.MemberStatus;
import org.doudi.rules.api.request.StaffRelation;
import org.doudi.rules.api.request.StaffRole;
import org.doudi.rules.profile.Parameters;

/**
 * Ways to make a valid request invalid (the JSON contract, "Request"), each with the JSON path of the problem it must
 * cause: the inputs of {@link EligibilityInvariants#invalidRequest}. An {@code index} chooses the member or entry
 * to break (taken modulo the list size) and, for some defects, a variant.
 */
public enum RequestDefect {

    /**
     * A reference to a member id that is not listed: in {@code enrollment.coveredMembers},
     * {@code enrollment.subsidiesPaid}, {@code staffRelations} or a case worker's {@code relations}.
     */
    UNKNOWN_MEMBER_REFERENCE,
    /** A member's {@code birthDate} after {@code asOf}. */
    BIRTH_DATE_AFTER_AS_OF,
    /** A disability grade outside 1–4 (0 or 5). */
    GRADE_OUT_OF_RANGE,
    /** A negative monthly income. */
    NEGATIVE_INCOME,
    /** A negative monthly expense. */
    NEGATIVE_EXPENSE,
    /** Negative financial assets. */
    NEGATIVE_FINANCIAL_ASSETS,
    /** A {@code categoryOverride} outside 1–4 (0 or 5). */
    CATEGORY_OVERRIDE_OUT_OF_RANGE,
    /** Two members with the same id (a copy of a member appended as a child). */
    DUPLICATE_MEMBER_ID,
    /** Status {@code DECEASED} without {@code deceasedOn}. */
    DECEASED_WITHOUT_DATE,
    /** A {@code deceasedOn} before the member's {@code birthDate}. */
    DECEASED_BEFORE_BIRTH,
    /** An ID number that is not 15 or 18 characters of digits with an optional final X. */
    MALFORMED_ID_NUMBER,
    /** A negative {@code enrollment.monthlyAmount} (not applicable to a request without enrollment). */
    NEGATIVE_ENROLLED_AMOUNT,
    /** A {@code REVIEW} or {@code VOLUNTARY_EXIT} without {@code enrollment}. */
    MISSING_ENROLLMENT,
    /**
     * {@code bridgeMonths} or {@code bonusMonths} above the profile's maximum where the profile enables the feature
     * (policy §10); not applicable elsewhere.
     */
    MONTHS_OUT_OF_PROFILE_BOUNDS;

    /**
     * A broken request and the path at which its problem must be reported.
     *
     * @param request  the invalid request, not null
     * @param path     the JSON path of the expected problem, not null
     */
    public record Broken(EvaluationRequest request, String path) {
    }

    /**
     * Breaks a request.
     *
     * @param r       a valid request, not null
     * @param index   which member or entry to break (modulo the list size) and which variant, ≥ 0
     * @param params  the profile's parameters on the request's date and residence, or null if unknown
     * @return the broken request, or null when this defect cannot be applied to the request
     */
    public Broken breakIn(EvaluationRequest r, int index, Parameters params) {
        int i = Math.floorMod(index, r.members().size());
        Member m = r.members().get(i);
        String mp = "members[" + i + "]";
        switch (this) {
            case UNKNOWN_MEMBER_REFERENCE: {
                String unknown = "m" + (r.members().size() + 1 + index % 50);
                int variant = index % 4;
                if (variant == 1 && r.enrollment() != null) {
                    Enrollment e = r.enrollment();
                    List<DisabilitySubsidy> paid = new ArrayList<>(e.subsidiesPaid());
                    paid.add(new DisabilitySubsidy(unknown, true, Money.ofYuan(10), false, null));
                    return new Broken(r.toBuilder().enrollment(new Enrollment(e.since(), e.category(),
                            e.monthlyAmount(), e.coveredMembers(), e.incomeExceededSince(), e.incomeRiseCause(),
                            e.filed(), paid, e.cards())).build(),
                            "enrollment.subsidiesPaid[" + (paid.size() - 1) + "].memberId");
                }
                if (variant == 2) {
                    List<CaseWorker> workers = new ArrayList<>(r.caseWorkers());
                    workers.add(new CaseWorker("w" + index, Duty.INVESTIGATOR, true,
                            List.of(new MemberRelation(unknown, KinRelation.SPOUSE))));
                    return new Broken(r.toBuilder().caseWorkers(workers).build(),
                            "caseWorkers[" + (workers.size() - 1) + "].relations[0].memberId");
                }
                if (r.enrollment() != null && variant == 0) {
                    Enrollment e = r.enrollment();
                    List<String> ids = new ArrayList<>(e.coveredMembers());
                    ids.add(unknown);
                    return new Broken(r.toBuilder().enrollment(new Enrollment(e.since(), e.category(),
                            e.monthlyAmount(), ids, e.incomeExceededSince(), e.incomeRiseCause(), e.filed(),
                            e.subsidiesPaid(), e.cards())).build(),
                            "enrollment.coveredMembers[" + (ids.size() - 1) + "]");
                }
                List<StaffRelation> rels = new ArrayList<>(r.staffRelations());
                rels.add(new StaffRelation(unknown, "s" + index, StaffRole.DIBAO_HANDLER, KinRelation.SIBLING));
                return new Broken(r.toBuilder().staffRelations(rels).build(),
                        "staffRelations[" + (rels.size() - 1) + "].memberId");
            }
            case BIRTH_DATE_AFTER_AS_OF:
                return member(r, i, m.toBuilder().birthDate(r.asOf().plusDays(1 + index % 400)).build(),
                        mp + ".birthDate");
            case GRADE_OUT_OF_RANGE: {
                List<Disability> ds = new ArrayList<>(m.disabilities());
                ds.add(new Disability(DisabilityType.values()[index % DisabilityType.values().length],
                        index % 2 == 0 ? 5 : 0));
                return member(r, i, m.toBuilder().disabilities(ds).build(),
                        mp + ".disabilities[" + (ds.size() - 1) + "].grade");
            }
            case NEGATIVE_INCOME: {
                List<Income> is = new ArrayList<>(m.incomes());
                is.add(new Income(IncomeType.values()[index % IncomeType.values().length], negative(index)));
                return member(r, i, m.toBuilder().incomes(is).build(),
                        mp + ".incomes[" + (is.size() - 1) + "].monthly");
            }
            case NEGATIVE_EXPENSE: {
                List<Expense> es = new ArrayList<>(m.expenses());
                es.add(new Expense(ExpenseType.values()[index % ExpenseType.values().length], negative(index)));
                return member(r, i, m.toBuilder().expenses(es).build(),
                        mp + ".expenses[" + (es.size() - 1) + "].monthly");
            }
            case NEGATIVE_FINANCIAL_ASSETS: {
                Assets a = r.assets();
                return new Broken(r.toBuilder().assets(new Assets(negative(index), a.vehicles(),
                        a.residentialProperties(), a.nonResidentialProperties(), a.businessRegistered(),
                        a.businessCapital())).build(), "assets.financial");
            }
            case CATEGORY_OVERRIDE_OUT_OF_RANGE:
                return new Broken(r.toBuilder().categoryOverride(index % 2 == 0 ? 5 : 0).build(), "categoryOverride");
            case DUPLICATE_MEMBER_ID: {
                List<Member> ms = new ArrayList<>(r.members());
                ms.add(m.toBuilder().relation(HeadRelation.CHILD).build());
                return new Broken(r.toBuilder().members(ms).build(), "members[" + (ms.size() - 1) + "].id");
            }
            case DECEASED_WITHOUT_DATE:
                return member(r, i, m.toBuilder().status(MemberStatus.DECEASED).deceasedOn(null).build(),
                        mp + ".deceasedOn");
            case DECEASED_BEFORE_BIRTH:
                return member(r, i, m.toBuilder().status(MemberStatus.DECEASED)
                        .deceasedOn(m.birthDate().minusDays(1 + index % 30)).build(), mp + ".deceasedOn");
            case MALFORMED_ID_NUMBER:
                return member(r, i, m.toBuilder().idNumber(index % 2 == 0 ? "12345" : "62042219650101123Y").build(),
                        mp + ".idNumber");
            case NEGATIVE_ENROLLED_AMOUNT: {
                Enrollment e = r.enrollment();
                if (e == null) {
                    return null;
                }
                return new Broken(r.toBuilder().enrollment(new Enrollment(e.since(), e.category(), negative(index),
                        e.coveredMembers(), e.incomeExceededSince(), e.incomeRiseCause(), e.filed(),
                        e.subsidiesPaid(), e.cards())).build(), "enrollment.monthlyAmount");
            }
            case MISSING_ENROLLMENT: {
                Kind kind = r.kind() != Kind.APPLICATION ? r.kind()
                        : index % 2 == 0 ? Kind.REVIEW : Kind.VOLUNTARY_EXIT;
                return new Broken(r.toBuilder().kind(kind).enrollment(null).build(), "enrollment");
            }
            case MONTHS_OUT_OF_PROFILE_BOUNDS: {
                if (params == null) {
                    return null;
                }
                boolean bridge = params.bridgeEnabled();
                boolean bonus = params.voluntaryExitEnabled();
                if (bridge && (!bonus || index % 2 == 0)) {
                    return new Broken(r.toBuilder().bridgeMonths(params.bridgeMaxMonths() + 1 + index % 3).build(),
                            "bridgeMonths");
                }
                if (bonus) {
                    return new Broken(r.toBuilder().bonusMonths(params.voluntaryExitMaxMonths() + 1 + index % 3)
                            .build(), "bonusMonths");
                }
                return null;
            }
            default:
                throw new AssertionError(this);
        }
    }

    private static Broken member(EvaluationRequest r, int index, Member member, String path) {
        List<Member> ms = new ArrayList<>(r.members());
        ms.set(index, member);
        return new Broken(r.toBuilder().members(ms).build(), path);
    }

    private static Money negative(int index) {
        return Money.of(BigDecimal.valueOf(-(1 + (long) index % 100_000), 2));
    }
}
