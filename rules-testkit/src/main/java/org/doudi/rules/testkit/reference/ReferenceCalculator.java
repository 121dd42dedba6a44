package org.doudi.rules.testkit.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.doudi.rules.api.decision.HouseholdStatus;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.Benefit;
import org.doudi.rules.api.request.Certificate;
import org.doudi.rules.api.request.Disability;
import org.doudi.rules.api.request.DisabilityType;
import org.doudi.rules.api.request.Education;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.Expense;
import org.doudi.rules.api.request.HeadRelation;
import org.doudi.rules.api.request.Income;
import org.doudi.rules.api.request.IncomeType;
import org.doudi.rules.api.request.LaborCapacity;
import org.doudi.rules.api.request.Member;
import org.doudi.rules.api.request.MemberStatus;
import org.doudi.rules.api.request.Vehicle;
import org.doudi.rules.api.request.VehicleKind;
import org.doudi.rules.profile.Parameters;
import org.doudi.rules.profile.Profile;
import org.doudi.rules.profile.ProfileRepository;

/**
 * An independent, plain-Java calculator of the whole-household decision of policy §2–§5, §7 and §8: counted
 * members, gross, excluded, deductions and net income, the asset test, the household status, the category (default
 * definitions of §7 and {@code categoryOverride}) and the amount per payment mode with its rounding.
 *
 * <p><b>Frozen once written.</b> This class is the yardstick the engine is measured against (the differential
 * property {@code engineAgreesWithReferenceCalculator}, and the performance issue, which measures the engine against
 * this calculator): do not change it to follow the engine. Change it only when policy §2–§5, §7 or §8 changes, in
 * a commit of its own that cites the section.
 *
 * <p>It reads the profile's parameters ({@link Profile#on(LocalDate, org.doudi.rules.api.request.Residence)}) as data
 * only and shares no code with the engine's rules or helpers. It computes whole-household coverage only: no
 * single-person units (§6), phase-out (§9), subsidies (§11) or verification (§12). Exact {@link BigDecimal}
 * arithmetic throughout; the only roundings are the ones the policy names (docs/integrators/java-api.md §7).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReferenceCalculator {

    /** The statuses of policy §2 that take a member out of the household whatever the date. */
    private static final Set<MemberStatus> ABSENT = EnumSet.of(MemberStatus.IMPRISONED,
            MemberStatus.COMPULSORY_REHAB, MemberStatus.MISSING, MemberStatus.CLERGY_APART);
    private static final Set<Education> NON_COMPULSORY = EnumSet.of(Education.HIGH_SCHOOL, Education.VOCATIONAL,
            Education.HIGHER);
    private static final Set<VehicleKind> EXEMPT_KINDS = EnumSet.of(VehicleKind.DISABILITY_VEHICLE,
            VehicleKind.MOTORCYCLE, VehicleKind.EBIKE, VehicleKind.FARM_MACHINERY);

    private final ProfileRepository profiles;

    private ReferenceCalculator(ProfileRepository profiles) {
        this.profiles = profiles;
    }

    /** @return a calculator over the built-in profiles, never null */
    public static ReferenceCalculator builtIn() {
        return new ReferenceCalculator(ProfileRepository.builtIn());
    }

    /**
     * @param profiles  the profiles to read parameters from, not null
     * @return a calculator over them, never null
     */
    public static ReferenceCalculator over(ProfileRepository profiles) {
        return new ReferenceCalculator(Objects.requireNonNull(profiles, "profiles"));
    }

    /**
     * The whole-household result of policy §2–§5, §7, §8.
     *
     * @param countedMembers  n (§2)
     * @param countedIds      the ids of the counted members, in member order: the members of the household's unit
     * @param gross           all counted members' incomes (§3)
     * @param excluded        the part of excluded types (§3)
     * @param deductions      the allowed rigid expenditures (§3)
     * @param net             max(0, gross − excluded − deductions) (§3)
     * @param standard        S (§0)
     * @param assetsPassed    the asset test (§4; true when n = 0)
     * @param status          the household status (§5)
     * @param eligible        true if DIBAO-eligible as a whole household (§5)
     * @param category        the category of the household's unit (§7); null when not eligible or categories are
     *                        not enabled
     * @param monthlyAmount   the rounded amount of the unit (§8); 0.00 when not eligible
     */
    public record Result(int countedMembers, List<String> countedIds, Money gross, Money excluded, Money deductions, Money net,
                         Money standard, boolean assetsPassed, HouseholdStatus status, boolean eligible,
                         Integer category, Money monthlyAmount) {
        /** Copies the list. */
        public Result {
            countedIds = List.copyOf(countedIds);
        }
    }

    /**
     * Computes a request's whole-household figures. The request is assumed valid (the JSON contract); its kind is ignored.
     *
     * @param request  a valid request, not null
     * @return the result, never null
     * @throws IllegalArgumentException if the request's profile or region is unknown
     * @throws org.doudi.rules.api.PolicyConfigurationException if the profile lacks a value the case needs
     */
    public Result compute(EvaluationRequest request) {
        Profile profile = (request.profile() != null ? profiles.byId(request.profile())
                : profiles.byRegion(request.region()))
                .orElseThrow(() -> new IllegalArgumentException("unknown profile or region in " + request.caseId()));
        Parameters p = profile.on(request.asOf(), request.residence());
        LocalDate asOf = request.asOf();

        // §2 counted members
        List<Member> counted = new ArrayList<>();
        for (Member m : request.members()) {
            if (isCounted(m, asOf)) {
                counted.add(m);
            }
        }
        int n = counted.size();

        // §3 income and deductions
        Set<IncomeType> excludedTypes = p.incomeExcludedTypes();
        BigDecimal gross = BigDecimal.ZERO;
        BigDecimal excluded = BigDecimal.ZERO;
        BigDecimal deductions = BigDecimal.ZERO;
        for (Member m : counted) {
            for (Income i : m.incomes()) {
                gross = gross.add(i.monthly().amount());
                if (excludedTypes.contains(i.type())) {
                    excluded = excluded.add(i.monthly().amount());
                }
            }
            if (p.deductionEnabled()) {
                deductions = deductions.add(allowedDeductions(m, p.deductionEmploymentCostCap()));
            }
        }
        BigDecimal countable = gross.subtract(excluded);
        BigDecimal net = countable.subtract(deductions).max(BigDecimal.ZERO);

        // §4 assets, §5 status
        BigDecimal s = p.standard().amount();
        BigDecimal sn = s.multiply(BigDecimal.valueOf(n));
        boolean assetsPassed = n == 0 || assetsPass(request, p, sn);
        boolean eligible = n >= 1 && assetsPassed && net.compareTo(sn) < 0;
        HouseholdStatus status;
        if (eligible) {
            status = HouseholdStatus.DIBAO;
        } else {
            BigDecimal edge = p.edgeMultiplier().multiply(sn);
            int c = net.compareTo(edge);
            boolean withinEdge = p.edgeUpperInclusive() ? c <= 0 : c < 0;
            status = n >= 1 && assetsPassed && withinEdge ? HouseholdStatus.EDGE : HouseholdStatus.ABOVE_EDGE;
        }

        // §7 category, §8 amount
        Integer category = null;
        Money amount = Money.ZERO;
        if (eligible) {
            if (p.categoryEnabled()) {
                category = request.categoryOverride() != null ? request.categoryOverride()
                        : category(counted, asOf, p, countable, deductions);
            }
            amount = amount(p, sn, net, n, category);
        }
        return new Result(n, counted.stream().map(Member::id).toList(), money(gross), money(excluded), money(deductions), money(net), p.standard(),
                assetsPassed, status, eligible, category, amount);
    }

    /** §2. */
    private static boolean isCounted(Member m, LocalDate asOf) {
        if (ABSENT.contains(m.status())) {
            return false;
        }
        if (m.status() == MemberStatus.DECEASED && m.deceasedOn() != null && !m.deceasedOn().isAfter(asOf)) {
            return false;
        }
        return !m.benefits().contains(Benefit.TEKUN);
    }

    /** §0: disabilities count only with a certificate. */
    private static List<Disability> certified(Member m) {
        return m.certificate() == Certificate.NONE ? List.of() : m.disabilities();
    }

    /** §3: the member's allowed rigid deductions. */
    private static BigDecimal allowedDeductions(Member m, BigDecimal employmentCostCap) {
        BigDecimal medical = BigDecimal.ZERO;
        BigDecimal disability = BigDecimal.ZERO;
        BigDecimal education = BigDecimal.ZERO;
        BigDecimal employment = BigDecimal.ZERO;
        for (Expense e : m.expenses()) {
            BigDecimal a = e.monthly().amount();
            switch (e.type()) {
                case MEDICAL -> medical = medical.add(a);
                case DISABILITY -> disability = disability.add(a);
                case EDUCATION -> education = education.add(a);
                case EMPLOYMENT_COST -> employment = employment.add(a);
            }
        }
        BigDecimal total = medical;
        if (!certified(m).isEmpty()) {
            total = total.add(disability);
        }
        if (NON_COMPULSORY.contains(m.education())) {
            total = total.add(education);
        }
        BigDecimal earned = BigDecimal.ZERO;
        for (Income i : m.incomes()) {
            if (i.type() == IncomeType.WAGE || i.type() == IncomeType.BUSINESS) {
                earned = earned.add(i.monthly().amount());
            }
        }
        if (earned.signum() > 0) {
            BigDecimal allowed = employment;
            if (employmentCostCap != null) {
                allowed = allowed.min(employmentCostCap.multiply(earned).setScale(2, RoundingMode.HALF_UP));
            }
            total = total.add(allowed);
        }
        return total;
    }

    /** §4 (n ≥ 1). */
    private static boolean assetsPass(EvaluationRequest r, Parameters p, BigDecimal sn) {
        boolean pass = r.assets().financial().amount().compareTo(p.assetsFinancialMonthsOfStandard().multiply(sn)) <= 0;
        for (Vehicle v : r.assets().vehicles()) {
            boolean exempt = EXEMPT_KINDS.contains(v.kind()) || v.exempt();
            if (!exempt && v.value().amount().compareTo(p.assetsVehicleValueCap().amount()) > 0) {
                pass = false;
            }
        }
        if (r.assets().residentialProperties() > p.assetsMaxResidentialProperties()) {
            pass = false;
        }
        if (r.assets().nonResidentialProperties() > 0 && !p.assetsNonResidentialAllowed()) {
            pass = false;
        }
        if (r.assets().businessRegistered()
                && r.assets().businessCapital().amount().compareTo(p.assetsBusinessCapitalCap().amount()) > 0) {
            pass = false;
        }
        return pass;
    }

    /** §7 default definitions, over the unit's (here: the household's counted) members. */
    private static int category(List<Member> unit, LocalDate asOf, Parameters p, BigDecimal countableGross,
                                BigDecimal deductions) {
        if (unit.stream().allMatch(m -> m.laborCapacity() == LaborCapacity.NONE)) {
            return 1;
        }
        for (Member m : unit) {
            if (certified(m).stream().anyMatch(d -> d.grade() <= 2 || d.grade() == 3 && intellectualOrMental(d))
                    || m.catastrophicIllness() || m.pregnantOrNursing() || m.caregiver()) {
                return 2;
            }
        }
        boolean head = unit.stream().anyMatch(m -> m.relation() == HeadRelation.HEAD);
        boolean spouse = unit.stream().anyMatch(m -> m.relation() == HeadRelation.SPOUSE);
        boolean preschoolChild = unit.stream().anyMatch(m -> m.relation() == HeadRelation.CHILD
                && (m.education() == Education.PRESCHOOL
                    || Period.between(m.birthDate(), asOf).getYears() < p.categoryPreschoolAgeBelow()));
        if (head && !spouse && preschoolChild) {
            return 2;
        }
        if (deductions.signum() > 0 && deductions.compareTo(p.categoryRigidShare().multiply(countableGross)) >= 0) {
            return 2;
        }
        for (Member m : unit) {
            if (m.laborCapacity() == LaborCapacity.PARTIAL
                    || certified(m).stream().anyMatch(d -> d.grade() >= 3)
                    || m.chronicIllness() || NON_COMPULSORY.contains(m.education())) {
                return 3;
            }
        }
        return 4;
    }

    private static boolean intellectualOrMental(Disability d) {
        return d.type() == DisabilityType.INTELLECTUAL || d.type() == DisabilityType.MENTAL;
    }

    /** §8. */
    private static Money amount(Parameters p, BigDecimal sn, BigDecimal net, int n, Integer category) {
        BigDecimal exact = switch (p.paymentMode()) {
            case GAP -> sn.subtract(net);
            case CATEGORY_FIXED -> perCategory(p.paymentPerPerson(), category, "payment.perPerson").amount()
                    .multiply(BigDecimal.valueOf(n));
            case GRADED_GAP -> sn.subtract(net)
                    .max(perCategory(p.paymentFloorRatio(), category, "payment.floorRatio").multiply(sn))
                    .min(sn);
        };
        int scale = p.paymentRounding().wholeYuan() ? 0 : 2;
        return Money.of(exact.setScale(scale, p.paymentRounding().mode()));
    }

    private static <V> V perCategory(Map<Integer, V> values, Integer category, String parameter) {
        V v = category == null ? null : values.get(category);
        if (v == null) {
            throw new IllegalStateException(parameter + " has no value for category " + category);
        }
        return v;
    }

    private static Money money(BigDecimal exactTwoDecimals) {
        return Money.of(exactTwoDecimals);
    }
}
