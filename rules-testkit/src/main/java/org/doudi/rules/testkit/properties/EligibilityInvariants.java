package org.doudi.rules.testkit.properties;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import org.doudi.rules.api.EligibilityService;
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
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.Expense;
import org.doudi.rules.api.request.Income;
import org.doudi.rules.api.request.IncomeType;
import org.doudi.rules.api.request.Kind;
import org.doudi.rules.api.request.Member;
import org.doudi.rules.drools.profile.PaymentMode;
import org.doudi.rules.drools.profile.Profile;
import org.doudi.rules.drools.profile.ProfileRepository;

/**
 * The invariants of POLICY.md §17 that hold for every shipped profile, as checks any {@link EligibilityService} can
 * be run against: one method per invariant, each stated exactly as §17 states it (a broader statement is false).
 * Each method takes generated inputs, evaluates them with the service, throws {@link AssertionError} with the
 * request(s) and the figures when the invariant is violated, and otherwise returns an {@link InvariantCheck} saying
 * whether the invariant's precondition held (so a property can collect how often it was really exercised).
 *
 * <p>Covered now: 1 determinism, 2 income monotonicity, 3 bounds, 4 strict threshold, 5 deductions. (6–9 need
 * single-person coverage, subsidies, phase-out and validation reasons and come later.)
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

    private EligibilityInvariants(EligibilityService service, Function<EvaluationRequest, PaymentMode> paymentModes) {
        this.service = Objects.requireNonNull(service, "service");
        this.paymentModes = Objects.requireNonNull(paymentModes, "paymentModes");
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
        return new EligibilityInvariants(service, r -> {
            Profile p = (r.profile() != null ? profiles.byId(r.profile()) : profiles.byRegion(r.region()))
                    .orElseThrow(() -> new IllegalArgumentException("unknown profile of " + r.caseId()));
            return p.on(r.asOf(), r.residence()).paymentMode();
        });
    }

    /**
     * Invariants of a service whose payment mode per request is given by a function.
     *
     * @param service       the service under test, not null
     * @param paymentModes  the {@code payment.mode} in force for a request, not null
     * @return the invariants, never null
     */
    public static EligibilityInvariants of(EligibilityService service,
                                           Function<EvaluationRequest, PaymentMode> paymentModes) {
        return new EligibilityInvariants(service, paymentModes);
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
     * and ⌈S × unit size⌉ yuan (S = the decision's {@code standard}).
     *
     * @param request  a valid request, not null
     * @return the check; not applied in other payment modes, for a phase-out or when no unit is covered; never null
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
        return InvariantCheck.applied(name, mode.name());
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

    // ----------------------------------------------------------------------------------------------------- helpers

    private Decision decide(EvaluationRequest request) {
        return service.evaluate(request, Locale.ENGLISH);
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
