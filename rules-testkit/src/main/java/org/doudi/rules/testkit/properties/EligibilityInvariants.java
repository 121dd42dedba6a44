package org.doudi.rules.testkit.properties;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.doudi.rules.api.EligibilityService;
import org.doudi.rules.api.InvalidRequestException;
import org.doudi.rules.api.Problem;
import org.doudi.rules.api.decision.Coverage;
import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.decision.DisabilitySubsidy;
import org.doudi.rules.api.decision.HouseholdStatus;
import org.doudi.rules.api.decision.Outcome;
import org.doudi.rules.api.decision.Reason;
import org.doudi.rules.api.decision.Recusal;
import org.doudi.rules.api.decision.Unit;
import org.doudi.rules.api.decision.Verification;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.Assets;
import org.doudi.rules.api.request.Benefit;
import org.doudi.rules.api.request.Enrollment;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.Expense;
import org.doudi.rules.api.request.Income;
import org.doudi.rules.api.request.IncomeType;
import org.doudi.rules.api.request.Kind;
import org.doudi.rules.api.request.Member;
import org.doudi.rules.profile.Parameters;
import org.doudi.rules.profile.PaymentMode;
import org.doudi.rules.profile.Profile;
import org.doudi.rules.profile.ProfileRepository;

/**
 * The invariants of policy §17 that hold for every shipped profile, as checks any {@link EligibilityService} can
 * be run against: one method per invariant, each stated exactly as §17 states it (a broader statement is false).
 * Each method takes generated inputs, evaluates them with the service, throws {@link AssertionError} with the
 * request(s) and the figures when the invariant is violated, and otherwise returns an {@link InvariantCheck} saying
 * whether the invariant's precondition held (so a property can collect how often it was really exercised).
 *
 * <p>Covered: 1 determinism, 2 income monotonicity, 3 bounds (single-person units included), 4 strict threshold,
 * 5 deductions, 6 exclusivity, 7 nursing subsidy, 8 phase-out, 9 invalid requests (its first half: no decision), and
 * a property of policy §9.1 that is not in §17: a review of a household that is still eligible is never
 * {@code PHASE_OUT} or {@code EXIT} ({@link #reviewOfEligibleHousehold}).
 *
 * <p>Usage from a jqwik property:
 * <pre>{@code
 * @Property
 * void incomeMonotonicity(@ForAll("applications") EvaluationRequest r, @ForAll int member, ...) {
 *     EligibilityInvariants.of(service).incomeMonotonicity(r, member % r.members().size(), IncomeType.OTHER,
 *             Money.ofYuan(100), Money.ofYuan(250));
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe if the service is.
 */
public final class EligibilityInvariants {

    /** The income types of §17.2: countable (§3) and neither WAGE nor BUSINESS. */
    public static final Set<IncomeType> MONOTONIC_TYPES = Set.of(IncomeType.PROPERTY, IncomeType.TRANSFER,
            IncomeType.SUPPORT_PAYMENT, IncomeType.OTHER);

    private final EligibilityService service;
    private final Function<EvaluationRequest, PaymentMode> paymentModes;
    private final Function<EvaluationRequest, Parameters> parameters; // null: not known (phaseOut needs it)

    private EligibilityInvariants(EligibilityService service, Function<EvaluationRequest, PaymentMode> paymentModes,
                                  Function<EvaluationRequest, Parameters> parameters) {
        this.service = Objects.requireNonNull(service, "service");
        this.paymentModes = Objects.requireNonNull(paymentModes, "paymentModes");
        this.parameters = parameters;
    }

    /**
     * Invariants of a service deciding with the built-in profiles (their {@code payment.mode} tells which units
     * §17.3 bounds).
     *
     * @param service  the service under test, not null
     * @return the invariants, never null
     */
    public static EligibilityInvariants of(EligibilityService service) {
        return of(service, ProfileRepository.builtIn());
    }

    /**
     * Invariants of a service deciding with the given profiles.
     *
     * @param service   the service under test, not null
     * @param profiles  the profiles the service decides with, not null
     * @return the invariants, never null
     */
    public static EligibilityInvariants of(EligibilityService service, ProfileRepository profiles) {
        Objects.requireNonNull(profiles, "profiles");
        Function<EvaluationRequest, Parameters> parameters = r -> {
            Profile p = (r.profile() != null ? profiles.byId(r.profile()) : profiles.byRegion(r.region()))
                    .orElseThrow(() -> new IllegalArgumentException("unknown profile of " + r.caseId()));
            return p.on(r.asOf(), r.residence());
        };
        return new EligibilityInvariants(service, r -> parameters.apply(r).paymentMode(), parameters);
    }

    /**
     * Invariants of a service whose payment mode per request is given by a function. Such invariants know no
     * profile: {@link #phaseOut} then throws {@link IllegalStateException} and
     * {@link RequestDefect#MONTHS_OUT_OF_PROFILE_BOUNDS} is never applicable.
     *
     * @param service       the service under test, not null
     * @param paymentModes  the {@code payment.mode} in force for a request, not null
     * @return the invariants, never null
     */
    public static EligibilityInvariants of(EligibilityService service,
                                           Function<EvaluationRequest, PaymentMode> paymentModes) {
        return new EligibilityInvariants(service, paymentModes, null);
    }

    // ------------------------------------------------------------------------------------------------ 1 Determinism

    /**
     * §17.1 Determinism: the same request gives the same decision; permuting {@code members} changes only list
     * order. The request is evaluated twice (decisions must be equal) and with its members permuted (decisions must be
     * equal once list orders are normalised: unit member lists, and units, reasons, disability subsidies, related staff
     * and recusals as multisets).
     *
     * @param request      a valid request, not null
     * @param permutation  a permutation of {@code 0..members-1}: position i of the permuted request holds member
     *                     {@code permutation.get(i)}; not null
     * @return the check, never null
     * @throws AssertionError if the invariant is violated
     * @throws IllegalArgumentException if {@code permutation} is not a permutation of the member positions
     */
    public InvariantCheck determinism(EvaluationRequest request, List<Integer> permutation) {
        String name = "determinism";
        int size = request.members().size();
        if (permutation.size() != size || !new HashSet<>(permutation).equals(range(size))) {
            throw new IllegalArgumentException("not a permutation of 0.." + (size - 1) + ": " + permutation);
        }
        Decision first = decide(request);
        Decision again = decide(request);
        if (!first.equals(again)) {
            throw new AssertionError("§17.1 determinism violated: the same request gave two decisions\nrequest: "
                    + request + "\nfirst:  " + first + "\nsecond: " + again);
        }
        List<Member> permuted = new ArrayList<>();
        for (int i : permutation) {
            permuted.add(request.members().get(i));
        }
        EvaluationRequest other = request.toBuilder().members(permuted).build();
        Decision third = decide(other);
        Decision a = normalise(first);
        Decision b = normalise(third);
        if (!a.equals(b)) {
            throw new AssertionError("§17.1 determinism violated: permuting members " + permutation
                    + " changed more than list order\nrequest: " + request + "\noriginal: " + a + "\npermuted: " + b);
        }
        return InvariantCheck.applied(name, identity(permutation) ? "identity permutation" : "members permuted");
    }

    /**
     * A decision with every list whose order follows member order normalised: the members of each unit sorted, and
     * units, reasons, disability subsidies, related staff and recusals sorted (compared as multisets).
     *
     * @param d  the decision, not null
     * @return the normalised decision, never null
     */
    public static Decision normalise(Decision d) {
        List<Unit> units = d.units().stream()
                .map(u -> new Unit(u.members().stream().sorted().toList(), u.category(), u.supportType(),
                        u.monthlyAmount()))
                .sorted(Comparator.comparing(Unit::toString)).toList();
        List<Reason> reasons = d.reasons().stream()
                .sorted(Comparator.comparing((Reason r) -> r.code()).thenComparing(r -> r.ruleId())
                        .thenComparing(r -> String.valueOf(r.memberId())).thenComparing(r -> r.message())
                        .thenComparing(r -> r.figures().toString()))
                .toList();
        List<DisabilitySubsidy> subsidies = d.disabilitySubsidies().stream()
                .sorted(Comparator.comparing(DisabilitySubsidy::toString)).toList();
        Verification v = d.verification() == null ? null : new Verification(d.verification().filingRequired(),
                d.verification().homeVisit(), d.verification().relatedStaff().stream()
                .sorted(Comparator.comparing(Object::toString)).toList());
        List<Recusal> recusals = d.recusals().stream().sorted(Comparator.comparing(Recusal::toString)).toList();
        return new Decision(d.caseId(), d.profile(), d.asOf(), d.kind(), d.outcome(), d.coverage(),
                d.householdStatus(), d.standard(), d.income(), d.assetsPassed(), units, d.monthlyAmount(),
                d.phaseOut(), d.voluntaryExitGrant(), d.temporaryAssistance(), subsidies, v, recusals,
                d.procedureProblems(), reasons, d.firedRules());
    }

    // ------------------------------------------------------------------------------------- 2 Income monotonicity

    /**
     * §17.2 Income monotonicity: for two {@code APPLICATION} requests that differ only in a higher amount of one
     * countable income of a type other than {@code WAGE} and {@code BUSINESS}, if both decisions cover the whole
     * household, the second {@code monthlyAmount} is not higher.
     *
     * <p>The two requests are built from {@code request}: member {@code memberIndex} gets one more income of
     * {@code type}, of {@code lower} in the first and {@code higher} in the second.
     *
     * @param request      a valid APPLICATION request, not null
     * @param memberIndex  the position of the member whose income differs
     * @param type         a type of {@link #MONOTONIC_TYPES}, not null
     * @param lower        the first amount, not null, not negative
     * @param higher       the second amount, not null, greater than {@code lower}
     * @return the check; not applied when a decision does not cover the whole household; never null
     * @throws AssertionError if the invariant is violated
     * @throws IllegalArgumentException if the inputs do not fit the invariant's statement
     */
    public InvariantCheck incomeMonotonicity(EvaluationRequest request, int memberIndex, IncomeType type,
                                             Money lower, Money higher) {
        if (request.kind() != Kind.APPLICATION) {
            throw new IllegalArgumentException("§17.2 is about APPLICATION requests, not " + request.kind());
        }
        if (!MONOTONIC_TYPES.contains(type)) {
            throw new IllegalArgumentException("§17.2 is about countable incomes other than WAGE and BUSINESS, not "
                    + type);
        }
        if (lower.isNegative() || higher.compareTo(lower) <= 0) {
            throw new IllegalArgumentException("need 0 ≤ lower < higher: " + lower + ", " + higher);
        }
        EvaluationRequest first = withIncome(request, memberIndex, new Income(type, lower));
        EvaluationRequest second = withIncome(request, memberIndex, new Income(type, higher));
        Decision d1 = decide(first);
        Decision d2 = decide(second);
        String name = "income monotonicity";
        if (d1.coverage() != Coverage.WHOLE_HOUSEHOLD || d2.coverage() != Coverage.WHOLE_HOUSEHOLD) {
            return InvariantCheck.notApplicable(name, "not both whole household");
        }
        if (d2.monthlyAmount().compareTo(d1.monthlyAmount()) > 0) {
            throw new AssertionError("§17.2 income monotonicity violated: raising member " + memberIndex + "'s "
                    + type + " income from " + lower + " to " + higher + " raised monthlyAmount from "
                    + d1.monthlyAmount() + " to " + d2.monthlyAmount() + "\nfirst request: " + first
                    + "\nfirst decision: " + d1 + "\nsecond decision: " + d2);
        }
        return InvariantCheck.applied(name, d2.monthlyAmount().equals(d1.monthlyAmount()) ? "same amount"
                : "lower amount");
    }

    // -------------------------------------------------------------------------------------------------- 3 Bounds

    /**
     * §17.3 Bounds: in {@code GAP} and {@code GRADED_GAP} modes every unit that is not a phase-out unit pays between 1
     * and ⌈S × unit size⌉ yuan (S = the decision's {@code standard}). A phase-out unit is a unit of a decision with
     * outcome {@code PHASE_OUT}; single-person units have size 1.
     *
     * @param request  a valid request, not null
     * @return the check, detail "mode coverage" (e.g. {@code "GAP SINGLE_PERSON"}) when applied; not applied in other
     *         payment modes, for a phase-out or when no unit is covered; never null
     * @throws AssertionError if the invariant is violated
     */
    public InvariantCheck bounds(EvaluationRequest request) {
        String name = "bounds";
        PaymentMode mode = paymentModes.apply(request);
        if (mode != PaymentMode.GAP && mode != PaymentMode.GRADED_GAP) {
            return InvariantCheck.notApplicable(name, mode + " mode");
        }
        Decision d = decide(request);
        if (d.outcome() == Outcome.PHASE_OUT) {
            return InvariantCheck.notApplicable(name, "phase-out unit");
        }
        if (d.units().isEmpty()) {
            return InvariantCheck.notApplicable(name, "no unit");
        }
        for (Unit u : d.units()) {
            BigDecimal max = d.standard().amount().multiply(BigDecimal.valueOf(u.members().size()))
                    .setScale(0, RoundingMode.CEILING);
            BigDecimal amount = u.monthlyAmount().amount();
            if (amount.compareTo(BigDecimal.ONE) < 0 || amount.compareTo(max) > 0) {
                throw new AssertionError("§17.3 bounds violated (" + mode + "): unit " + u.members() + " pays "
                        + amount + ", outside [1, ⌈" + d.standard() + " × " + u.members().size() + "⌉ = " + max
                        + "]\nrequest: " + request + "\ndecision: " + d);
            }
        }
        return InvariantCheck.applied(name, mode.name() + " " + d.coverage());
    }

    // ---------------------------------------------------------------------------------------- 4 Strict threshold

    /**
     * §17.4 Strict threshold: a household with {@code net = S × n} (assets passing) is never {@code DIBAO}.
     *
     * <p>The household is built from {@code request}: if its assets fail they are replaced by none; then one
     * {@code OTHER} income is added to the first member whose income counts, sized so that net becomes exactly
     * S × n with the request's other incomes and deductions (or, when those alone exceed S × n, without any other
     * income or expense). S and n are read from the service's own decision.
     *
     * @param request  a valid request, not null
     * @return the check; not applied when nobody is counted; never null
     * @throws AssertionError if the invariant is violated
     */
    public InvariantCheck strictThreshold(EvaluationRequest request) {
        String name = "strict threshold";
        EvaluationRequest base = request;
        Decision d0 = decide(base);
        if (!d0.assetsPassed()) {
            base = base.toBuilder().assets(Assets.NONE).build();
            d0 = decide(base);
        }
        int n = d0.income().countedMembers();
        if (n == 0) {
            return InvariantCheck.notApplicable(name, "nobody counted");
        }
        Money target = d0.standard().times(n);
        Money beforeClip = d0.income().gross().minus(d0.income().excluded()).minus(d0.income().deductions());
        Money topUp = target.minus(beforeClip);
        String how = "topped up";
        if (topUp.isNegative()) {
            base = stripIncomesAndExpenses(base);
            topUp = target;
            how = "incomes replaced";
        }
        for (int i = 0; i < base.members().size(); i++) {
            EvaluationRequest candidate = withIncome(base, i, new Income(IncomeType.OTHER, topUp));
            Decision d = decide(candidate);
            if (d.income().net().equals(target) && d.assetsPassed() && d.income().countedMembers() == n) {
                if (d.householdStatus() == HouseholdStatus.DIBAO) {
                    throw new AssertionError("§17.4 strict threshold violated: net " + d.income().net()
                            + " = S × n = " + d.standard() + " × " + n + " but the household is DIBAO\nrequest: "
                            + candidate + "\ndecision: " + d);
                }
                return InvariantCheck.applied(name, how);
            }
        }
        return InvariantCheck.notApplicable(name, "net S × n not reached");
    }

    // ---------------------------------------------------------------------------------------------- 5 Deductions

    /**
     * §17.5 Deductions: adding an allowed deduction never raises {@code net}. The second request is the first with
     * one more expense of member {@code memberIndex}. (An expense §3 does not allow is ignored, so adding it leaves
     * net unchanged; callers should generate allowed ones: the check reports whether the deductions figure grew.)
     *
     * @param request      a valid request, not null
     * @param memberIndex  the position of the member who gets the expense
     * @param expense      the expense to add, not null
     * @return the check, never null
     * @throws AssertionError if the invariant is violated
     */
    public InvariantCheck deductions(EvaluationRequest request, int memberIndex, Expense expense) {
        Member m = request.members().get(memberIndex);
        List<Expense> expenses = new ArrayList<>(m.expenses());
        expenses.add(expense);
        EvaluationRequest more = replaceMember(request, memberIndex, m.toBuilder().expenses(expenses).build());
        Decision d1 = decide(request);
        Decision d2 = decide(more);
        if (d2.income().net().compareTo(d1.income().net()) > 0) {
            throw new AssertionError("§17.5 deductions violated: adding " + expense + " to member " + m.id()
                    + " raised net from " + d1.income().net() + " to " + d2.income().net() + "\nrequest: " + request
                    + "\nbefore: " + d1.income() + "\nafter: " + d2.income());
        }
        boolean grew = d2.income().deductions().compareTo(d1.income().deductions()) > 0;
        return InvariantCheck.applied("deductions", grew ? "deduction allowed" : "deduction not allowed");
    }

    // --------------------------------------------------------------------------------------------- 6 Exclusivity

    /**
     * §17.6 Exclusivity: a decision never mixes whole-household and single-person units; a tekun recipient is never
     * in a unit. Checked as: coverage {@code SINGLE_PERSON} ⇒ every unit has size 1 and no member is in two units;
     * coverage {@code WHOLE_HOUSEHOLD} ⇒ exactly one unit; no unit lists a member whose {@code benefits} contain
     * {@code TEKUN}.
     *
     * @param request  a valid request of any kind, not null
     * @return the check, always applied; detail the coverage, with {@code ", tekun listed"} when the household lists
     *         a tekun recipient; never null
     * @throws AssertionError if the invariant is violated
     */
    public InvariantCheck exclusivity(EvaluationRequest request) {
        Decision d = decide(request);
        String problem = null;
        if (d.coverage() == Coverage.SINGLE_PERSON) {
            Set<String> seen = new HashSet<>();
            for (Unit u : d.units()) {
                if (u.members().size() != 1) {
                    problem = "a single-person decision has unit " + u.members() + " of size " + u.members().size();
                    break;
                }
                if (!seen.add(u.members().get(0))) {
                    problem = "member " + u.members().get(0) + " is in two single-person units";
                    break;
                }
            }
        } else if (d.coverage() == Coverage.WHOLE_HOUSEHOLD && d.units().size() != 1) {
            problem = "a whole-household decision has " + d.units().size() + " units";
        }
        Set<String> tekun = new HashSet<>();
        for (Member m : request.members()) {
            if (m.benefits().contains(Benefit.TEKUN)) {
                tekun.add(m.id());
            }
        }
        if (problem == null) {
            for (Unit u : d.units()) {
                for (String id : u.members()) {
                    if (tekun.contains(id)) {
                        problem = "tekun recipient " + id + " is in unit " + u.members();
                    }
                }
            }
        }
        if (problem != null) {
            throw new AssertionError("§17.6 exclusivity violated: " + problem + "\nrequest: " + request
                    + "\ndecision: " + d);
        }
        return InvariantCheck.applied("exclusivity", d.coverage() + (tekun.isEmpty() ? "" : ", tekun listed"));
    }

    // ------------------------------------------------------------------------- 9 Every failed condition is named

    /**
     * §17.9, second half: every decision's reasons name each failed condition. Checked for the conditions of
     * eligibility (§2–§5, §9.1) that the decision's own figures show: nobody counted → {@code NO_COUNTED_MEMBER};
     * assets failed → {@code ASSETS_EXCEED_LIMIT}; someone counted and {@code net ≥ S × n} →
     * {@code INCOME_NOT_BELOW_STANDARD}; a {@code REVIEW} that ends in {@code EXIT} with income as its only obstacle →
     * why no phase-out is given ({@code PHASE_OUT_NOT_APPLICABLE} or {@code PHASE_OUT_ENDED}). And the readings of the
     * second edition: every expense type a counted member declares is explained, deducted ({@code EXPENSE_DEDUCTED}
     * for that member and type) or not ({@code EXPENSE_NOT_DEDUCTIBLE}); where the profile is known, a
     * {@code VOLUNTARY_EXIT} without a grant in a profile with {@code voluntaryExit.enabled} says why
     * ({@code VOLUNTARY_EXIT_GRANT_NOT_APPLICABLE}), and a registered {@code APPLICATION} without temporary
     * assistance in a profile with {@code bridge.enabled} says why ({@code TEMPORARY_ASSISTANCE_NOT_APPLICABLE}).
     *
     * @param request  a valid request, not null
     * @return the check, applied when some condition failed; detail the failed conditions; never null
     * @throws AssertionError if a failed condition is not named
     */
    public InvariantCheck failedConditionsNamed(EvaluationRequest request) {
        Decision d = decide(request);
        int n = d.income().countedMembers();
        List<String> failed = new ArrayList<>();
        if (n == 0) {
            failed.add("NO_COUNTED_MEMBER");
        }
        if (!d.assetsPassed()) {
            failed.add("ASSETS_EXCEED_LIMIT");
        }
        boolean incomeFailed = n >= 1 && d.income().net().compareTo(d.standard().times(n)) >= 0;
        if (incomeFailed) {
            failed.add("INCOME_NOT_BELOW_STANDARD");
        }
        List<String> missing = new ArrayList<>();
        for (String code : failed) {
            if (!d.hasReason(code)) {
                missing.add(code);
            }
        }
        boolean incomeOnly = incomeFailed && d.assetsPassed() && d.coverage() == Coverage.NONE;
        if (d.kind() == Kind.REVIEW && d.outcome() == Outcome.EXIT && incomeOnly
                && !d.hasReason("PHASE_OUT_NOT_APPLICABLE") && !d.hasReason("PHASE_OUT_ENDED")) {
            missing.add("PHASE_OUT_NOT_APPLICABLE or PHASE_OUT_ENDED");
        }
        Set<String> notCounted = new HashSet<>();
        d.reasons().stream().filter(r -> r.code().equals("MEMBER_NOT_COUNTED") || r.code().equals("TEKUN_PRECEDENCE"))
                .forEach(r -> notCounted.add(r.memberId()));
        for (org.doudi.rules.api.request.Member m : request.members()) {
            if (notCounted.contains(m.id())) {
                continue;
            }
            for (org.doudi.rules.api.request.Expense e : m.expenses()) {
                boolean explained = d.reasons().stream().anyMatch(r -> m.id().equals(r.memberId())
                        && (r.code().equals("EXPENSE_DEDUCTED") || r.code().equals("EXPENSE_NOT_DEDUCTIBLE"))
                        && e.type().name().equals(String.valueOf(r.figures().get("type"))));
                if (!explained) {
                    missing.add("EXPENSE_DEDUCTED or EXPENSE_NOT_DEDUCTIBLE for " + m.id() + " " + e.type());
                }
            }
        }
        if (parameters != null) {
            Parameters p = parameters.apply(request);
            if (d.kind() == Kind.VOLUNTARY_EXIT && p.voluntaryExitEnabled() && d.voluntaryExitGrant() == null
                    && !d.hasReason("VOLUNTARY_EXIT_GRANT_NOT_APPLICABLE")) {
                missing.add("VOLUNTARY_EXIT_GRANT_NOT_APPLICABLE");
            }
            if (d.kind() == Kind.APPLICATION && p.bridgeEnabled() && request.isRegistered()
                    && d.temporaryAssistance() == null && !d.hasReason("TEMPORARY_ASSISTANCE_NOT_APPLICABLE")) {
                missing.add("TEMPORARY_ASSISTANCE_NOT_APPLICABLE");
            }
        }
        if (!missing.isEmpty()) {
            throw new AssertionError("§17.9 a failed condition is not named: " + missing + "\nrequest: " + request
                    + "\ndecision: " + d);
        }
        return failed.isEmpty() ? InvariantCheck.notApplicable("failed conditions named", "nothing failed")
                : InvariantCheck.applied("failed conditions named", String.join(" + ", failed));
    }

    // ----------------------------------------------------------------------------------------- 7 Nursing subsidy

    /**
     * §17.7 Nursing subsidy: never depends on income, assets, coverage or kind. The second request is the first
     * with every member's incomes replaced by {@code incomes} (same positions), its assets replaced by
     * {@code assets} and its kind by {@code kind} (keeping its enrollment, adding {@code enrollment} when the new kind
     * needs one and the request has none, removing it for an {@code APPLICATION}); who is counted (status, tekun) and
     * every other attribute stay the same. Each member's nursing subsidy (present or not, and its amount) must be
     * the same in both decisions, whatever their coverage.
     *
     * @param request     a valid request, not null
     * @param incomes     the new incomes of each member, one list per member in member order, not null
     * @param assets      the new assets, not null
     * @param kind        the new kind, not null
     * @param enrollment  an enrollment of this household to add if {@code kind} needs one and the request has none;
     *                    may be null otherwise
     * @return the check, always applied; detail {@code "nursing due"} or {@code "no nursing due"}, with
     *         {@code ", coverage changed"} when the two decisions' coverages differ; never null
     * @throws AssertionError if the invariant is violated
     * @throws IllegalArgumentException if the second request is invalid or the lists do not fit
     */
    public InvariantCheck nursingSubsidy(EvaluationRequest request, List<List<Income>> incomes, Assets assets,
                                         Kind kind, Enrollment enrollment) {
        if (incomes.size() != request.members().size()) {
            throw new IllegalArgumentException("one income list per member: " + incomes.size() + " for "
                    + request.members().size() + " members");
        }
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < incomes.size(); i++) {
            members.add(request.members().get(i).toBuilder().incomes(incomes.get(i)).build());
        }
        Enrollment e = kind == Kind.APPLICATION ? null
                : request.enrollment() != null ? request.enrollment() : enrollment;
        EvaluationRequest other = request.toBuilder().members(members).assets(assets).kind(kind).enrollment(e)
                .build();
        List<Problem> problems = service.validate(other);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the varied request is invalid: " + problems + "\n" + other);
        }
        Decision d1 = decide(request);
        Decision d2 = decide(other);
        boolean due = false;
        for (Member m : request.members()) {
            DisabilitySubsidy s1 = subsidyOf(d1, m.id());
            DisabilitySubsidy s2 = subsidyOf(d2, m.id());
            boolean due1 = s1 != null && s1.nursingDue();
            boolean due2 = s2 != null && s2.nursingDue();
            Money a1 = due1 ? s1.nursing() : null;
            Money a2 = due2 ? s2.nursing() : null;
            due |= due1;
            if (due1 != due2 || !Objects.equals(a1, a2)) {
                throw new AssertionError("§17.7 nursing subsidy violated: member " + m.id() + " gets nursing "
                        + (due1 ? String.valueOf(a1) : "not due") + " in the first decision ("
                        + request.kind() + ", " + d1.coverage() + ", net " + d1.income().net() + ", assets passed "
                        + d1.assetsPassed() + ") but " + (due2 ? String.valueOf(a2) : "not due")
                        + " in the second (" + kind + ", " + d2.coverage() + ", net " + d2.income().net()
                        + ", assets passed " + d2.assetsPassed() + ")\nfirst request: " + request
                        + "\nsecond request: " + other + "\nfirst subsidies: " + d1.disabilitySubsidies()
                        + "\nsecond subsidies: " + d2.disabilitySubsidies());
            }
        }
        return InvariantCheck.applied("nursing subsidy", (due ? "nursing due" : "no nursing due")
                + (d1.coverage() != d2.coverage() ? ", coverage changed" : ""));
    }

    private static DisabilitySubsidy subsidyOf(Decision d, String memberId) {
        return d.disabilitySubsidies().stream().filter(s -> s.memberId().equals(memberId)).findFirst().orElse(null);
    }

    // ------------------------------------------------------------------------------------------------ 8 Phase-out

    /**
     * §17.8 Phase-out: {@code PHASE_OUT} only for {@code REVIEW}, never more than {@code phaseOut.months} months
     * after the start month. Checked as: a decision with outcome {@code PHASE_OUT} is of kind {@code REVIEW}, its
     * request gives {@code enrollment.incomeExceededSince} (the start month), and the {@code asOf} month is at most
     * start + {@code phaseOut.months} − 1, {@code phaseOut.months} read from the profile in force on {@code asOf}
     * for the request's residence.
     *
     * @param request  a valid request of any kind, not null
     * @return the check; applied for a {@code PHASE_OUT} (detail {@code "before start"} or {@code "within window"}),
     *         otherwise not applicable with the outcome as detail; never null
     * @throws AssertionError if the invariant is violated
     * @throws IllegalStateException if these invariants were built without profiles
     */
    public InvariantCheck phaseOut(EvaluationRequest request) {
        if (parameters == null) {
            throw new IllegalStateException("§17.8 needs phaseOut.months: build the invariants with profiles");
        }
        String name = "phase-out";
        Decision d = decide(request);
        if (d.outcome() != Outcome.PHASE_OUT) {
            return InvariantCheck.notApplicable(name, d.outcome().name());
        }
        if (request.kind() != Kind.REVIEW) {
            throw new AssertionError("§17.8 phase-out violated: PHASE_OUT for a " + request.kind() + "\nrequest: "
                    + request + "\ndecision: " + d);
        }
        YearMonth start = request.enrollment() == null ? null : request.enrollment().incomeExceededSince();
        if (start == null) {
            throw new AssertionError("§17.8 phase-out violated: PHASE_OUT without a start month"
                    + " (enrollment.incomeExceededSince)\nrequest: " + request + "\ndecision: " + d);
        }
        int months = parameters.apply(request).phaseOutMonths();
        YearMonth last = start.plusMonths(months - 1L);
        YearMonth month = YearMonth.from(request.asOf());
        if (month.isAfter(last)) {
            throw new AssertionError("§17.8 phase-out violated: PHASE_OUT in " + month + ", more than phaseOut.months = "
                    + months + " months after the start month " + start + " (last month " + last + ")\nrequest: "
                    + request + "\ndecision: " + d);
        }
        return InvariantCheck.applied(name, month.isBefore(start) ? "before start" : "within window");
    }

    // ----------------------------------------------------------------------------------------- 9 Invalid requests

    /**
     * §17.9 Invalid requests never produce a decision (first half of the invariant). {@code valid} is broken by
     * {@code defect} (at member or entry {@code index}, taken modulo the list size); evaluating the broken request must
     * throw {@link InvalidRequestException} listing a problem at the defect's path.
     *
     * @param valid   a valid request, not null
     * @param defect  how to break it, not null
     * @param index   which member or entry to break, ≥ 0
     * @return the check; applied with the defect's name as detail, not applicable when the profile has nothing
     *         to break ({@link RequestDefect#MONTHS_OUT_OF_PROFILE_BOUNDS} without bridge or voluntary exit);
     *         never null
     * @throws AssertionError if the invariant is violated
     * @throws IllegalArgumentException if {@code valid} is not valid
     */
    public InvariantCheck invalidRequest(EvaluationRequest valid, RequestDefect defect, int index) {
        String name = "invalid requests";
        List<Problem> problems = service.validate(valid);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("not a valid request: " + problems + "\n" + valid);
        }
        Parameters params = parameters == null ? null : parameters.apply(valid);
        RequestDefect.Broken broken = defect.breakIn(valid, index, params);
        if (broken == null) {
            return InvariantCheck.notApplicable(name, defect + " not applicable");
        }
        Decision d;
        try {
            d = decide(broken.request());
        } catch (InvalidRequestException e) {
            if (e.problems().stream().noneMatch(p -> p.path().equals(broken.path()))) {
                throw new AssertionError("§17.9 invalid requests: " + defect + " was rejected but without a problem at "
                        + broken.path() + ": " + e.problems() + "\nrequest: " + broken.request());
            }
            return InvariantCheck.applied(name, defect.name());
        }
        throw new AssertionError("§17.9 invalid requests violated: " + defect + " (at " + broken.path()
                + ") produced a decision\nrequest: " + broken.request() + "\ndecision: " + d);
    }

    // ------------------------------------------------------------------ §9.1: a review of a still-eligible household

    /**
     * policy §9.1 (not one of §17's invariants): a {@code REVIEW} of a household that is still eligible never
     * yields {@code PHASE_OUT} or {@code EXIT}. "Still eligible" means the same request evaluated as an
     * {@code APPLICATION} (kind changed, enrollment removed) has outcome {@code ELIGIBLE}.
     *
     * @param review  a valid REVIEW request, not null
     * @return the check; applied (detail {@code "still eligible"}) when the application is eligible, otherwise not
     *         applicable with the application's outcome; never null
     * @throws AssertionError if the property is violated
     * @throws IllegalArgumentException if the request is not a review
     */
    public InvariantCheck reviewOfEligibleHousehold(EvaluationRequest review) {
        if (review.kind() != Kind.REVIEW) {
            throw new IllegalArgumentException("a REVIEW request is needed, not " + review.kind());
        }
        String name = "review of an eligible household";
        EvaluationRequest application = review.toBuilder().kind(Kind.APPLICATION).enrollment(null).build();
        Decision a = decide(application);
        if (a.outcome() != Outcome.ELIGIBLE) {
            return InvariantCheck.notApplicable(name, "application " + a.outcome());
        }
        Decision r = decide(review);
        if (r.outcome() == Outcome.PHASE_OUT || r.outcome() == Outcome.EXIT) {
            throw new AssertionError("§9.1 violated: the household is still eligible (as an application: "
                    + a.coverage() + ", " + a.monthlyAmount() + ") but its review gives " + r.outcome()
                    + "\nreview: " + review + "\nreview decision: " + r + "\napplication decision: " + a);
        }
        return InvariantCheck.applied(name, "still eligible");
    }

    // ----------------------------------------------------------------------------------------------------- helpers

    private Decision decide(EvaluationRequest request) {
        return service.decide(request, Locale.ENGLISH);
    }

    private static EvaluationRequest withIncome(EvaluationRequest request, int memberIndex, Income income) {
        Member m = request.members().get(memberIndex);
        List<Income> incomes = new ArrayList<>(m.incomes());
        incomes.add(income);
        return replaceMember(request, memberIndex, m.toBuilder().incomes(incomes).build());
    }

    private static EvaluationRequest replaceMember(EvaluationRequest request, int index, Member member) {
        List<Member> members = new ArrayList<>(request.members());
        members.set(index, member);
        return request.toBuilder().members(members).build();
    }

    private static EvaluationRequest stripIncomesAndExpenses(EvaluationRequest request) {
        return request.toBuilder().members(request.members().stream()
                .map(m -> m.toBuilder().incomes(List.of()).expenses(List.of()).build()).toList()).build();
    }

    private static Set<Integer> range(int size) {
        Set<Integer> s = new HashSet<>();
        for (int i = 0; i < size; i++) {
            s.add(i);
        }
        return s;
    }

    private static boolean identity(List<Integer> permutation) {
        for (int i = 0; i < permutation.size(); i++) {
            if (permutation.get(i) != i) {
                return false;
            }
        }
        return true;
    }
}
