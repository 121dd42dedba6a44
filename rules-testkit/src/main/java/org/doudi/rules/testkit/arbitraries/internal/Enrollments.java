package org.doudi.rules.testkit.arbitraries.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.Enrollment;
import org.doudi.rules.api.request.IncomeRiseCause;
import org.doudi.rules.api.request.Member;
import org.doudi.rules.testkit.arbitraries.Amounts;

/** Enrollments of a household under review or asking to leave (policy §9), valid by construction. */
final class Enrollments {

    private Enrollments() {
    }

    /**
     * An enrollment of the given household: {@code since} 1–72 months before the assessment month, category 1–4 or
     * null, an enrolled amount (mostly whole yuan), a non-empty subset of the member ids in member order, and
     * {@code incomeExceededSince} around the phase-out window of {@code phaseOutMonths} months that ends in the
     * assessment month: sometimes null, before the window (phase-out over), within it, or after the assessment month
     * (a start in the future counts as within, §9.1); {@code incomeRiseCause} sometimes null or {@code OTHER}.
     *
     * @param members         the household, not empty
     * @param asOf            the assessment date
     * @param phaseOutMonths  {@code phaseOut.months} in force on {@code asOf}
     * @param favourWindow    true to put {@code incomeExceededSince} inside the window more often
     * @return the arbitrary, never null
     */
    static Arbitrary<Enrollment> forHousehold(List<Member> members, LocalDate asOf, int phaseOutMonths,
                                              boolean favourWindow) {
        YearMonth month = YearMonth.from(asOf);
        int n = members.size();
        Arbitrary<List<String>> covered = Combinators.combine(
                Arbitraries.frequency(Tuple.of(4, true), Tuple.of(1, false)).list().ofSize(n),
                Arbitraries.integers().between(0, n - 1)).as((chosen, forced) -> {
                    List<String> ids = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        if (chosen.get(i) || i == forced) {
                            ids.add(members.get(i).id());
                        }
                    }
                    return List.copyOf(ids);
                });
        int months = Math.max(1, phaseOutMonths);
        Arbitrary<Optional<YearMonth>> exceeded = Arbitraries.frequencyOf(
                Tuple.of(favourWindow ? 5 : 15, Arbitraries.just(Optional.<YearMonth>empty())),
                Tuple.of(favourWindow ? 10 : 20, Arbitraries.integers().between(months, months + 24)
                        .map(k -> Optional.of(month.minusMonths(k)))),
                Tuple.of(favourWindow ? 70 : 45, Arbitraries.integers().between(0, months - 1)
                        .map(k -> Optional.of(month.minusMonths(k)))),
                Tuple.of(favourWindow ? 15 : 20, Arbitraries.integers().between(1, 6)
                        .map(k -> Optional.of(month.plusMonths(k)))));
        Arbitrary<Optional<IncomeRiseCause>> cause = Arbitraries.frequency(
                Tuple.of(1, Optional.<IncomeRiseCause>empty()), Tuple.of(1, Optional.of(IncomeRiseCause.OTHER)),
                Tuple.of(2, Optional.of(IncomeRiseCause.EMPLOYMENT)),
                Tuple.of(2, Optional.of(IncomeRiseCause.FLEXIBLE_WORK)),
                Tuple.of(2, Optional.of(IncomeRiseCause.INDUSTRY_SUPPORT)));
        Arbitrary<Money> amount = Arbitraries.frequencyOf(
                Tuple.of(4, Amounts.amounts().between(Money.ofYuan(1), Money.ofYuan(1500)).wholeYuan()),
                Tuple.of(1, Amounts.amounts().between(Money.ZERO, Money.ofYuan(2000))));
        Arbitrary<Integer> category = Arbitraries.integers().between(1, 4).injectNull(0.2);
        return Combinators.combine(Arbitraries.integers().between(1, 72).map(month::minusMonths), category, amount,
                covered, exceeded, cause, Arbitraries.frequency(Tuple.of(1, true), Tuple.of(4, false)))
                .as((since, cat, amt, ids, ex, c, filed) -> new Enrollment(since, cat, amt, ids, ex.orElse(null),
                        c.orElse(null), filed, List.of(), List.of()));
    }
}
