package org.doudi.rules.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.Assets;
import org.doudi.rules.api.request.Enrollment;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.Income;
import org.doudi.rules.api.request.IncomeRiseCause;
import org.doudi.rules.api.request.Kind;
import org.doudi.rules.api.request.Member;
import org.doudi.rules.profile.Parameters;
import org.doudi.rules.profile.ProfileRepository;
import org.doudi.rules.testkit.arbitraries.Amounts;
import org.doudi.rules.testkit.arbitraries.HouseholdAssets;
import org.doudi.rules.testkit.arbitraries.Incomes;
import org.doudi.rules.testkit.arbitraries.Requests;

/**
 * policy §17 invariants 3 (with single-person units), 6–9 and §9.1's "a still-eligible household under review
 * never phases out or exits", for requests of every kind (applications, reviews, voluntary exits), through
 * {@link EligibilityInvariants}. Each property collects statistics and checks that its precondition held in a good
 * share of tries. Tries: {@code jqwik.tries.default}, set by the build (1000; 5000 with {@code -Pthorough}); the coverage thresholds are calibrated for 1000.
 */
class CoverageInvariantsProperties {

    private static final ProfileRepository PROFILES = ProfileRepository.builtIn();
    private final EligibilityInvariants invariants = EligibilityInvariants.of(Engine.service(), PROFILES);

    /** A request and how to vary its incomes, assets and kind (§17.7). */
    record Varied(EvaluationRequest request, List<List<Income>> incomes, Assets assets, Kind kind,
                  Enrollment enrollment) {
    }

    /** A valid request and a way to break it (§17.9). */
    record Defective(EvaluationRequest request, RequestDefect defect, int index) {
    }

    // ------------------------------------------------------------------------------------------------ generators

    @Property
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void generatedRequestsOfEveryKindAreValid(@ForAll("everyKind") EvaluationRequest r) {
        assertThat(Engine.service().validate(r)).as("problems of %s", r).isEmpty();
        if (r.kind() != Kind.APPLICATION) {
            assertThat(r.enrollment()).as("enrollment of a %s", r.kind()).isNotNull();
        }
        if (r.enrollment() != null) {
            List<String> ids = r.members().stream().map(Member::id).toList();
            assertThat(r.enrollment().coveredMembers()).isNotEmpty().isSubsetOf(ids)
                    .doesNotHaveDuplicates();
            assertThat(new HashSet<>(r.enrollment().coveredMembers())).hasSameSizeAs(r.enrollment().coveredMembers());
            assertThat(r.enrollment().since()).isBeforeOrEqualTo(YearMonth.from(r.asOf()));
        }
        Parameters p = PROFILES.byId(r.profile()).orElseThrow().on(r.asOf(), r.residence());
        if (r.bonusMonths() != null && p.voluntaryExitEnabled()) {
            assertThat(r.bonusMonths()).isBetween(p.voluntaryExitMinMonths(), p.voluntaryExitMaxMonths());
        }
        Decision d = Engine.service().decide(r);
        Statistics.label("kind").collect(r.kind() + (r.enrollment() != null ? " enrolled" : ""));
        Statistics.label("outcome").collect(r.kind() + " " + d.outcome());
        Statistics.label("coverage").collect(d.coverage());
        Statistics.label("exceeded").collect(exceeded(r, p));
        Statistics.label("kind").coverage(c -> {
            c.check("APPLICATION").percentage(x -> x > 15);
            c.check("APPLICATION enrolled").percentage(x -> x > 3);
            c.check("REVIEW enrolled").percentage(x -> x > 20);
            c.check("VOLUNTARY_EXIT enrolled").percentage(x -> x > 20);
        });
        Statistics.label("exceeded").coverage(c -> {
            c.check("before window").percentage(x -> x > 2);
            c.check("within window").percentage(x -> x > 10);
            c.check("after asOf").percentage(x -> x > 2);
            c.check("null").percentage(x -> x > 2);
        });
    }

    private static String exceeded(EvaluationRequest r, Parameters p) {
        if (r.enrollment() == null) {
            return "no enrollment";
        }
        YearMonth start = r.enrollment().incomeExceededSince();
        if (start == null) {
            return "null";
        }
        YearMonth month = YearMonth.from(r.asOf());
        if (start.isAfter(month)) {
            return "after asOf";
        }
        return month.isAfter(start.plusMonths(p.phaseOutMonths() - 1L)) ? "before window" : "within window";
    }

    @Provide
    Arbitrary<EvaluationRequest> everyKind() {
        return Requests.any().withSinglePersonCandidates().withPhaseOutCandidates();
    }

    @Provide
    Arbitrary<EvaluationRequest> singlePersonCandidates() {
        return Requests.any().withSinglePersonCandidates();
    }

    // -------------------------------------------------------------------------------------------------- 3 Bounds

    @Property
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void boundsPerUnit(@ForAll("everyKind") EvaluationRequest r) {
        InvariantCheck c = invariants.bounds(r);
        Statistics.label("bounds").collect(c.detail());
        Statistics.label("bounds").coverage(cov -> {
            cov.checkQuery(l -> l.get(0).toString().endsWith(" SINGLE_PERSON")).percentage(x -> x > 5);
            cov.checkQuery(l -> l.get(0).toString().endsWith(" WHOLE_HOUSEHOLD")).percentage(x -> x > 5);
            cov.check("phase-out unit").percentage(x -> x > 0);
        });
    }

    // --------------------------------------------------------------------------------------------- 6 Exclusivity

    @Property
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void exclusivity(@ForAll("everyKind") EvaluationRequest r) {
        InvariantCheck c = invariants.exclusivity(r);
        Statistics.label("exclusivity").collect(c.detail());
        boolean tekunEnrolled = r.enrollment() != null && r.members().stream().anyMatch(m ->
                m.benefits().contains(org.doudi.rules.api.request.Benefit.TEKUN)
                        && r.enrollment().coveredMembers().contains(m.id()));
        Statistics.label("tekun among enrollment.coveredMembers").collect(r.kind() + " " + tekunEnrolled);
        Statistics.label("exclusivity").coverage(cov -> {
            cov.checkQuery(l -> l.get(0).toString().startsWith("SINGLE_PERSON")).percentage(x -> x > 5);
            cov.checkQuery(l -> l.get(0).toString().startsWith("WHOLE_HOUSEHOLD")).percentage(x -> x > 5);
            cov.checkQuery(l -> l.get(0).toString().endsWith("tekun listed")).percentage(x -> x > 5);
        });
    }

    // ------------------------------------------------------------------------- 9 Every failed condition is named

    @Property
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void everyFailedConditionIsNamed(@ForAll("everyKind") EvaluationRequest r) {
        InvariantCheck c = invariants.failedConditionsNamed(r);
        Statistics.label("failed conditions").collect(c.applied() ? r.kind() + " " + c.detail() : "none");
        Statistics.label("failed conditions").coverage(cov -> {
            cov.checkQuery(l -> l.get(0).toString().contains("INCOME_NOT_BELOW_STANDARD")).percentage(x -> x > 10);
            cov.checkQuery(l -> l.get(0).toString().contains("ASSETS_EXCEED_LIMIT")).percentage(x -> x > 1);
            cov.checkQuery(l -> l.get(0).toString().startsWith("REVIEW")).percentage(x -> x > 5);
        });
    }

    // ----------------------------------------------------------------------------------------- 7 Nursing subsidy

    @Property
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void nursingSubsidyDependsOnNeitherIncomeNorAssetsNorCoverageNorKind(@ForAll("varied") Varied v) {
        InvariantCheck c = invariants.nursingSubsidy(v.request(), v.incomes(), v.assets(), v.kind(), v.enrollment());
        Statistics.label("nursing").collect(c.detail());
        Statistics.label("kinds").collect(v.request().kind() + " → " + v.kind());
        Statistics.label("nursing").coverage(cov -> {
            cov.checkQuery(l -> l.get(0).toString().startsWith("nursing due")).percentage(x -> x > 15);
            cov.checkQuery(l -> l.get(0).toString().endsWith("coverage changed")).percentage(x -> x > 10);
        });
    }

    @Provide
    Arbitrary<Varied> varied() {
        return Requests.any().withSinglePersonCandidates().flatMap(r -> {
            int n = r.members().size();
            Arbitrary<List<Income>> memberIncomes = Arbitraries.frequencyOf(
                    Tuple.of(1, Arbitraries.just(List.<Income>of())),
                    Tuple.of(3, Incomes.incomes().list().ofMinSize(1).ofMaxSize(2)));
            YearMonth month = YearMonth.from(r.asOf());
            Arbitrary<Enrollment> enrollment = Combinators.combine(
                    Arbitraries.integers().between(1, 36),
                    Amounts.amounts().between(Money.ofYuan(1), Money.ofYuan(1200)).wholeYuan(),
                    Arbitraries.integers().between(-3, 20),
                    Arbitraries.of(IncomeRiseCause.class))
                    .as((since, amount, k, cause) -> new Enrollment(month.minusMonths(since), null, amount,
                            r.members().stream().map(Member::id).toList(), month.minusMonths(k), cause, false,
                            null, null));
            return Combinators.combine(memberIncomes.list().ofSize(n), HouseholdAssets.assets(),
                    Arbitraries.of(Kind.class), enrollment).as((is, a, k, e) -> new Varied(r, is, a, k, e));
        });
    }

    // ------------------------------------------------------------------------------------------------ 8 Phase-out

    @Property
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void phaseOutOnlyForReviewsAndWithinTheWindow(@ForAll("phaseOutPopulation") EvaluationRequest r) {
        InvariantCheck c = invariants.phaseOut(r);
        Statistics.label("outcome").collect(c.applied() ? "PHASE_OUT " + c.detail() : c.detail());
        Statistics.label("outcome").coverage(cov ->
                cov.checkQuery(l -> l.get(0).toString().startsWith("PHASE_OUT")).percentage(x -> x >= 5));
    }

    @Provide
    Arbitrary<EvaluationRequest> phaseOutPopulation() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Requests.reviews().withPhaseOutCandidates().withSinglePersonCandidates()),
                Tuple.of(1, Requests.any().withSinglePersonCandidates().withPhaseOutCandidates()));
    }

    // ----------------------------------------------------------------------------------------- 9 Invalid requests

    @Property
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void invalidRequestsNeverProduceADecision(@ForAll("defective") Defective d) {
        InvariantCheck c = invariants.invalidRequest(d.request(), d.defect(), d.index());
        Statistics.label("defect").collect(c.detail());
        Statistics.label("defect").coverage(cov -> {
            for (RequestDefect defect : RequestDefect.values()) {
                cov.check(defect.name()).percentage(x -> x > 0.3);
            }
        });
    }

    @Provide
    Arbitrary<Defective> defective() {
        // MONTHS_OUT_OF_PROFILE_BOUNDS applies in gs-huining only (bridge and voluntary exit): drawn more often
        Arbitrary<RequestDefect> defects = Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.of(RequestDefect.class)),
                Tuple.of(1, Arbitraries.just(RequestDefect.MONTHS_OUT_OF_PROFILE_BOUNDS)));
        return Combinators.combine(Requests.any().withSinglePersonCandidates(), defects,
                Arbitraries.integers().between(0, 10_000)).as(Defective::new);
    }

    // ---------------------------------------------------------------- §9.1: review of a still-eligible household

    @Property
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void reviewOfAStillEligibleHouseholdNeverPhasesOutOrExits(@ForAll("reviews") EvaluationRequest r) {
        InvariantCheck c = invariants.reviewOfEligibleHousehold(r);
        Statistics.label("review").collect(c.detail());
        Statistics.label("review").coverage(cov -> cov.check("still eligible").percentage(x -> x > 20));
    }

    @Provide
    Arbitrary<EvaluationRequest> reviews() {
        return Requests.reviews().withSinglePersonCandidates().withPhaseOutCandidates();
    }
}
