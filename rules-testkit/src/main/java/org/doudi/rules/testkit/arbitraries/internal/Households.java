package org.doudi.rules.testkit.arbitraries.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.Benefit;
import org.doudi.rules.api.request.Certificate;
import org.doudi.rules.api.request.Disability;
import org.doudi.rules.api.request.DisabilityType;
import org.doudi.rules.api.request.Income;
import org.doudi.rules.api.request.IncomeType;
import org.doudi.rules.api.request.LaborCapacity;
import org.doudi.rules.api.request.Member;
import org.doudi.rules.api.request.MemberStatus;
import org.doudi.rules.testkit.arbitraries.Amounts;
import org.doudi.rules.testkit.arbitraries.Incomes;

/**
 * Household shapes that exercise the coverage rules: households built around single-person candidates (policy
 * §6) and households whose countable income is steered to a share of S × n (the edge band, or just above the
 * standard for a phase-out, §9.1). Valid by construction: only attributes of existing members are changed, birth
 * dates stay before the assessment date, statuses stay consistent with {@code deceasedOn}.
 */
final class Households {

    private Households() {
    }

    /** What makes a member a single-person candidate. */
    private enum Need {
        SEVERE, GRADE_3_INTELLECTUAL_OR_MENTAL, GRADE_4_INTELLECTUAL_OR_MENTAL, CATASTROPHIC_ILLNESS
    }

    /** The generated traits of one candidate. */
    private record Traits(int age, int day, Need need, DisabilityType type, int severeGrade, Certificate certificate,
                          List<Boolean> flags, Optional<Benefit> benefit, LaborCapacity labor,
                          Optional<Income> ownIncome) {
    }

    /**
     * Households of {@code min..max} members, each member a single-person candidate with probability 2/5 and at
     * least one candidate: an adult (18–80) with a certified severe disability, a grade 3 or 4 intellectual or
     * mental disability, or a catastrophic illness (often several of these), mostly {@code dependsOnFamily}, not
     * {@code employed}, sometimes with {@code longTermCare}, {@code illnessAidReceived}, a first-generation
     * certificate or none, or receiving {@code TEKUN}, {@code ORPHAN} or {@code WORK_INJURY_NURSING}; a small own
     * income. The household's countable income is then steered to 90–155 % of S × n (mostly the edge band) through
     * the wage of one counted non-candidate member, when there is one.
     */
    static Arbitrary<List<Member>> withSinglePersonCandidates(BiFunction<Integer, LocalDate, Arbitrary<List<Member>>>
                                                                      households, int min, int max, LocalDate asOf,
                                                              Money standard) {
        return Arbitraries.integers().between(min, max).flatMap(n -> Combinators.combine(
                households.apply(n, asOf),
                Arbitraries.frequency(Tuple.of(2, true), Tuple.of(3, false)).list().ofSize(n),
                Arbitraries.integers().between(0, n - 1),
                traits(standard).list().ofSize(n),
                Arbitraries.integers().between(90, 155))
                .as((ms, chosen, forced, traits, pct) -> {
                    List<Member> out = new ArrayList<>();
                    List<Boolean> candidate = new ArrayList<>();
                    for (int i = 0; i < ms.size(); i++) {
                        boolean c = chosen.get(i) || i == forced;
                        candidate.add(c);
                        out.add(c ? asCandidate(ms.get(i), traits.get(i), asOf) : ms.get(i));
                    }
                    return steer(out, candidate, asOf, standard, pct);
                }));
    }

    /**
     * Households of {@code min..max} members whose countable income is steered to {@code minPct..maxPct} % of
     * S × n through the wage of one counted member (when there is one).
     */
    static Arbitrary<List<Member>> withIncomeNear(BiFunction<Integer, LocalDate, Arbitrary<List<Member>>> households,
                                                  int min, int max, LocalDate asOf, Money standard, int minPct,
                                                  int maxPct) {
        return Arbitraries.integers().between(min, max).flatMap(n -> Combinators.combine(
                households.apply(n, asOf), Arbitraries.integers().between(minPct, maxPct))
                .as((ms, pct) -> steer(ms, ms.stream().map(m -> false).toList(), asOf, standard, pct)));
    }

    private static Arbitrary<Traits> traits(Money standard) {
        Arbitrary<Optional<Income>> own = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(Optional.<Income>empty())),
                Tuple.of(1, Combinators.combine(
                        Arbitraries.of(IncomeType.SUPPORT_PAYMENT, IncomeType.OTHER, IncomeType.TRANSFER,
                                IncomeType.DISABILITY_SUBSIDY, IncomeType.PROPERTY),
                        Amounts.amounts().between(Money.ZERO, standard.plus(standard)))
                        .as((t, a) -> Optional.of(new Income(t, a)))));
        Arbitrary<Optional<Benefit>> benefit = Arbitraries.frequency(
                Tuple.of(17, Optional.<Benefit>empty()), Tuple.of(1, Optional.of(Benefit.TEKUN)),
                Tuple.of(1, Optional.of(Benefit.ORPHAN)), Tuple.of(1, Optional.of(Benefit.WORK_INJURY_NURSING)));
        return Combinators.combine(
                Arbitraries.integers().between(18, 80),
                Arbitraries.integers().between(1, 364),
                Arbitraries.frequency(Tuple.of(5, Need.SEVERE), Tuple.of(2, Need.GRADE_3_INTELLECTUAL_OR_MENTAL),
                        Tuple.of(1, Need.GRADE_4_INTELLECTUAL_OR_MENTAL), Tuple.of(2, Need.CATASTROPHIC_ILLNESS)),
                Arbitraries.of(DisabilityType.class),
                Arbitraries.integers().between(1, 2),
                Arbitraries.frequency(Tuple.of(1, Certificate.NONE), Tuple.of(2, Certificate.FIRST_GENERATION),
                        Tuple.of(7, Certificate.SECOND_GENERATION)),
                // longTermCare, catastrophicIllness, illnessAidReceived, dependsOnFamily, employed
                Combinators.combine(
                        Arbitraries.frequency(Tuple.of(1, true), Tuple.of(1, false)),
                        Arbitraries.frequency(Tuple.of(1, true), Tuple.of(3, false)),
                        Arbitraries.frequency(Tuple.of(1, true), Tuple.of(2, false)),
                        Arbitraries.frequency(Tuple.of(4, true), Tuple.of(1, false)),
                        Arbitraries.frequency(Tuple.of(1, true), Tuple.of(5, false))).as(List::of),
                Combinators.combine(benefit, Arbitraries.frequency(Tuple.of(2, LaborCapacity.NONE),
                        Tuple.of(2, LaborCapacity.PARTIAL), Tuple.of(1, LaborCapacity.FULL)), own).as(Tuple::of))
                .as((age, day, need, type, grade, cert, flags, rest) -> new Traits(age, day, need, type, grade, cert,
                        flags, rest.get1(), rest.get2(), rest.get3()));
    }

    private static Member asCandidate(Member m, Traits t, LocalDate asOf) {
        List<Disability> disabilities = new ArrayList<>();
        boolean catastrophic = t.flags().get(1);
        switch (t.need()) {
            case SEVERE -> disabilities.add(new Disability(t.type(), t.severeGrade()));
            case GRADE_3_INTELLECTUAL_OR_MENTAL -> disabilities.add(new Disability(
                    t.type().ordinal() % 2 == 0 ? DisabilityType.INTELLECTUAL : DisabilityType.MENTAL, 3));
            case GRADE_4_INTELLECTUAL_OR_MENTAL -> disabilities.add(new Disability(
                    t.type().ordinal() % 2 == 0 ? DisabilityType.INTELLECTUAL : DisabilityType.MENTAL, 4));
            case CATASTROPHIC_ILLNESS -> catastrophic = true;
        }
        if (t.need() != Need.SEVERE && t.severeGrade() == 1 && t.day() % 3 == 0) {
            disabilities.add(new Disability(t.type(), 2)); // sometimes both
        }
        List<Benefit> benefits = t.benefit().map(List::of).orElse(List.of());
        List<Income> incomes = t.ownIncome().map(List::of).orElse(List.of());
        return m.toBuilder()
                .birthDate(asOf.minusYears(t.age()).minusDays(t.day()))
                .status(MemberStatus.PRESENT)
                .deceasedOn(null)
                .disabilities(disabilities)
                .certificate(disabilities.isEmpty() && t.certificate() == Certificate.NONE
                        ? Certificate.NONE : t.certificate())
                .longTermCare(t.flags().get(0))
                .catastrophicIllness(catastrophic)
                .illnessAidReceived(t.flags().get(2))
                .dependsOnFamily(t.flags().get(3))
                .employed(t.flags().get(4))
                .pregnantOrNursing(false)
                .laborCapacity(t.labor())
                .benefits(benefits)
                .incomes(incomes)
                .build();
    }

    /**
     * Replaces the incomes and expenses of the first counted non-candidate member by one wage that brings the
     * countable income of the counted members to {@code pct} % of S × n (n = counted members); unchanged when no
     * such member exists.
     */
    private static List<Member> steer(List<Member> ms, List<Boolean> candidate, LocalDate asOf, Money standard,
                                      int pct) {
        int earner = -1;
        int n = 0;
        for (int i = 0; i < ms.size(); i++) {
            if (counted(ms.get(i), asOf)) {
                n++;
                if (earner < 0 && !candidate.get(i)) {
                    earner = i;
                }
            }
        }
        if (earner < 0) {
            return List.copyOf(ms);
        }
        BigDecimal others = BigDecimal.ZERO;
        for (int i = 0; i < ms.size(); i++) {
            if (i != earner && counted(ms.get(i), asOf)) {
                for (Income inc : ms.get(i).incomes()) {
                    if (Incomes.COUNTABLE.contains(inc.type())) {
                        others = others.add(inc.monthly().amount());
                    }
                }
            }
        }
        BigDecimal target = standard.amount().multiply(BigDecimal.valueOf((long) n * pct))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        BigDecimal wage = target.subtract(others).max(BigDecimal.ZERO);
        List<Member> out = new ArrayList<>(ms);
        Member e = ms.get(earner);
        List<Income> incomes = new ArrayList<>();
        if (wage.signum() > 0) {
            incomes.add(new Income(IncomeType.WAGE, Money.of(wage)));
        }
        e.incomes().stream().filter(i -> !Incomes.COUNTABLE.contains(i.type())).forEach(incomes::add);
        out.set(earner, e.toBuilder().incomes(incomes).expenses(List.of()).build());
        return List.copyOf(out);
    }

    private static boolean counted(Member m, LocalDate asOf) {
        if (m.benefits().contains(Benefit.TEKUN)) {
            return false;
        }
        return m.status() == MemberStatus.PRESENT
                || m.status() == MemberStatus.DECEASED && m.deceasedOn() != null && m.deceasedOn().isAfter(asOf);
    }
}
