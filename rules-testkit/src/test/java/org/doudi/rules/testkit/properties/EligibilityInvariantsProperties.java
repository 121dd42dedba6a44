package org.doudi.rules.testkit.properties;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.Expense;
import org.doudi.rules.api.request.ExpenseType;
import org.doudi.rules.api.request.IncomeType;
import org.doudi.rules.testkit.arbitraries.Amounts;
import org.doudi.rules.testkit.arbitraries.Expenses;
import org.doudi.rules.testkit.arbitraries.Requests;

/** policy §17 invariants 1–5 of the built-in engine, through {@link EligibilityInvariants}. */
class EligibilityInvariantsProperties {

    private final EligibilityInvariants invariants = EligibilityInvariants.of(Engine.service());

    record Permuted(EvaluationRequest request, List<Integer> permutation) {
    }

    record RaisedIncome(EvaluationRequest request, int member, IncomeType type, Money lower, Money higher) {
    }

    record AddedExpense(EvaluationRequest request, int member, Expense expense) {
    }

    @Provide
    Arbitrary<Permuted> permuted() {
        return Requests.applications().flatMap(r -> {
            List<Integer> positions = new ArrayList<>();
            for (int i = 0; i < r.members().size(); i++) {
                positions.add(i);
            }
            return Arbitraries.shuffle(positions).map(p -> new Permuted(r, p));
        });
    }

    @Provide
    Arbitrary<RaisedIncome> raisedIncome() {
        return Requests.applications().withoutAssetsProblems().flatMap(r -> Combinators.combine(
                Arbitraries.integers().between(0, r.members().size() - 1),
                Arbitraries.of(EligibilityInvariants.MONOTONIC_TYPES),
                Amounts.amounts().between(Money.ZERO, Money.ofYuan(1500)),
                Amounts.amounts().between(Money.parse("0.01"), Money.ofYuan(1500)))
                .as((m, t, lower, delta) -> new RaisedIncome(r, m, t, lower, lower.plus(delta))));
    }

    @Provide
    Arbitrary<AddedExpense> addedExpense() {
        return Requests.applications().flatMap(r -> Combinators.combine(
                Arbitraries.integers().between(0, r.members().size() - 1),
                Expenses.expenses().ofTypes(ExpenseType.values()))
                .as((m, e) -> new AddedExpense(r, m, allowedFor(r, m, e))));
    }

    /** Mostly an expense §3 allows for the member (MEDICAL is always allowed), sometimes any type. */
    private static Expense allowedFor(EvaluationRequest r, int member, Expense e) {
        var m = r.members().get(member);
        boolean allowed = switch (e.type()) {
            case MEDICAL -> true;
            case DISABILITY -> m.certificate() != org.doudi.rules.api.request.Certificate.NONE
                    && !m.disabilities().isEmpty();
            case EDUCATION -> switch (m.education()) {
                case HIGH_SCHOOL, VOCATIONAL, HIGHER -> true;
                default -> false;
            };
            case EMPLOYMENT_COST -> m.incomes().stream().anyMatch(i -> (i.type() == IncomeType.WAGE
                    || i.type() == IncomeType.BUSINESS) && i.monthly().isPositive());
        };
        boolean keepAnyway = e.monthly().amount().unscaledValue().intValue() % 7 == 0; // ~1 in 7: any type
        return allowed || keepAnyway ? e : new Expense(ExpenseType.MEDICAL, e.monthly());
    }

    @Property
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void determinism(@ForAll("permuted") Permuted p) {
        InvariantCheck c = invariants.determinism(p.request(), p.permutation());
        Statistics.label("permutation").collect(c.detail());
        Statistics.label("household size").collect(p.request().members().size());
    }

    @Property
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void incomeMonotonicity(@ForAll("raisedIncome") RaisedIncome r) {
        InvariantCheck c = invariants.incomeMonotonicity(r.request(), r.member(), r.type(), r.lower(), r.higher());
        Statistics.label("checked").collect(c.applied() ? "both whole household" : c.detail());
        Statistics.label("result").collect(c.detail());
        Statistics.label("checked").coverage(cov -> cov.check("both whole household").percentage(x -> x > 20));
    }

    @Property
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void bounds(@ForAll("applicationsWithPassingAssetsMostly") EvaluationRequest request) {
        InvariantCheck c = invariants.bounds(request);
        Statistics.label("bounds").collect(c.detail());
        Statistics.label("bounds").coverage(cov -> {
            cov.checkQuery(l -> l.get(0).toString().startsWith("GAP ")).percentage(x -> x > 10);
            cov.checkQuery(l -> l.get(0).toString().startsWith("GRADED_GAP ")).percentage(x -> x > 5);
        });
    }

    @Provide
    Arbitrary<EvaluationRequest> applicationsWithPassingAssetsMostly() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Requests.applications().withoutAssetsProblems()),
                net.jqwik.api.Tuple.of(1, Requests.applications()));
    }

    @Property
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void strictThreshold(@ForAll EvaluationRequest request) {
        InvariantCheck c = invariants.strictThreshold(request);
        Statistics.label("strict threshold").collect(c.detail());
        Statistics.label("strict threshold").coverage(cov ->
                cov.checkQuery(l -> !l.get(0).equals("nobody counted")).percentage(x -> x > 80));
    }

    @Property
    @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF)
    void deductions(@ForAll("addedExpense") AddedExpense a) {
        InvariantCheck c = invariants.deductions(a.request(), a.member(), a.expense());
        Statistics.label("deduction").collect(c.detail());
        Statistics.label("deduction").coverage(cov -> cov.check("deduction allowed").percentage(x -> x > 50));
    }
}
