package org.doudi.rules.testkit.arbitraries.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

import org.doudi.rules.api.request.Benefit;
import org.doudi.rules.api.request.Certificate;
import org.doudi.rules.api.request.Disability;
import org.doudi.rules.api.request.Education;
import org.doudi.rules.api.request.Expense;
import org.doudi.rules.api.request.HeadRelation;
import org.doudi.rules.api.request.Income;
import org.doudi.rules.api.request.LaborCapacity;
import org.doudi.rules.api.request.Member;
import org.doudi.rules.api.request.MemberStatus;
import org.doudi.rules.testkit.arbitraries.Disabilities;
import org.doudi.rules.testkit.arbitraries.Expenses;
import org.doudi.rules.testkit.arbitraries.Incomes;
import org.doudi.rules.testkit.arbitraries.MemberArbitrary;

/** The implementation of {@link MemberArbitrary}: age first, then attributes plausible for it. */
public final class DefaultMemberArbitrary extends ArbitraryDecorator<Member> implements MemberArbitrary {

    /** The assessment date used when none is configured. */
    public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2020, 6, 15);

    private LocalDate asOf = DEFAULT_AS_OF;
    private String id = "m1";
    private HeadRelation relation = HeadRelation.HEAD;
    private Integer minAge;
    private Integer maxAge;
    private boolean countedOnly;
    private Arbitrary<Income> incomes = Incomes.incomes();
    private Arbitrary<Expense> expenses = Expenses.expenses();

    /** A head on 2020-06-15. */
    public DefaultMemberArbitrary() {
    }

    @Override
    protected Arbitrary<Member> arbitrary() {
        int[] ages = minAge != null ? new int[] {minAge, maxAge} : agesFor(relation);
        LocalDate on = asOf;
        String memberId = id;
        HeadRelation rel = relation;
        boolean counted = countedOnly;
        Arbitrary<Income> incomeArb = incomes;
        Arbitrary<Expense> expenseArb = expenses;
        // Edge cases of the nested parts would flood the population: see DefaultRequestArbitrary.
        return Arbitraries.integers().between(ages[0], ages[1]).withDistribution(net.jqwik.api.RandomDistribution.uniform()).withoutEdgeCases().flatMap(age -> Combinators.combine(
                Arbitraries.integers().between(1, 364).withDistribution(net.jqwik.api.RandomDistribution.uniform()),
                status(counted),
                labor(age),
                education(age),
                disabilities(),
                Arbitraries.frequency(Tuple.of(1, true), Tuple.of(7, false)).list().ofSize(8),
                benefits(counted),
                Combinators.combine(incomeCount(age).flatMap(k -> incomeArb.list().ofSize(k)),
                        expenseCount().flatMap(k -> expenseArb.list().ofSize(k))).as(Tuple::of))
                .as((day, st, lc, edu, dis, f, ben, money) -> {
                    LocalDate birth = on.minusYears(age).minusDays(day);
                    LocalDate deceasedOn = null;
                    if (st.get1() == MemberStatus.DECEASED) {
                        LocalDate d = on.plusDays(st.get2());
                        deceasedOn = d.isBefore(birth) ? birth : d;
                    }
                    return Member.builder(memberId, rel)
                            .birthDate(birth)
                            .status(st.get1())
                            .deceasedOn(deceasedOn)
                            .laborCapacity(lc)
                            .certificate(dis.get1())
                            .disabilities(dis.get2())
                            .longTermCare(f.get(0))
                            .catastrophicIllness(f.get(1))
                            .illnessAidReceived(f.get(2))
                            .chronicIllness(f.get(3))
                            .pregnantOrNursing(f.get(4) && age >= 16)
                            .caregiver(f.get(5))
                            .dependsOnFamily(f.get(6))
                            .employed(f.get(7) || (lc == LaborCapacity.FULL && day % 2 == 0))
                            .education(edu)
                            .benefits(ben)
                            .incomes(money.get1())
                            .expenses(money.get2())
                            .build();
                })).withoutEdgeCases();
    }

    private static Arbitrary<Integer> incomeCount(int age) {
        return age < 16
                ? Arbitraries.frequency(Tuple.of(8, 0), Tuple.of(2, 1))
                : Arbitraries.frequency(Tuple.of(35, 0), Tuple.of(45, 1), Tuple.of(16, 2), Tuple.of(4, 3));
    }

    private static Arbitrary<Integer> expenseCount() {
        return Arbitraries.frequency(Tuple.of(6, 0), Tuple.of(3, 1), Tuple.of(1, 2));
    }

    private static int[] agesFor(HeadRelation relation) {
        return switch (relation) {
            case HEAD, SPOUSE -> new int[] {18, 90};
            case CHILD -> new int[] {0, 45};
            case PARENT -> new int[] {40, 100};
            case SIBLING -> new int[] {5, 85};
            case GRANDPARENT -> new int[] {55, 100};
            case GRANDCHILD -> new int[] {0, 25};
            case OTHER -> new int[] {0, 90};
        };
    }

    /** Status and, for DECEASED, the day of death relative to the assessment date. */
    private static Arbitrary<Tuple2<MemberStatus, Integer>> status(boolean countedOnly) {
        if (countedOnly) {
            return Arbitraries.just(Tuple.of(MemberStatus.PRESENT, 0));
        }
        Arbitrary<Integer> deathDay = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(-1000, -1).withDistribution(net.jqwik.api.RandomDistribution.uniform())),
                Tuple.of(1, Arbitraries.just(0)),
                Tuple.of(2, Arbitraries.integers().between(1, 120)));
        return Arbitraries.frequencyOf(
                Tuple.of(86, Arbitraries.just(Tuple.of(MemberStatus.PRESENT, 0))),
                Tuple.of(3, Arbitraries.just(Tuple.of(MemberStatus.IMPRISONED, 0))),
                Tuple.of(2, Arbitraries.just(Tuple.of(MemberStatus.COMPULSORY_REHAB, 0))),
                Tuple.of(2, Arbitraries.just(Tuple.of(MemberStatus.MISSING, 0))),
                Tuple.of(1, Arbitraries.just(Tuple.of(MemberStatus.CLERGY_APART, 0))),
                Tuple.of(6, deathDay.map(d -> Tuple.of(MemberStatus.DECEASED, d))));
    }

    private static Arbitrary<LaborCapacity> labor(int age) {
        if (age < 16) {
            return Arbitraries.frequency(Tuple.of(9, LaborCapacity.NONE), Tuple.of(1, LaborCapacity.PARTIAL));
        }
        if (age < 60) {
            return Arbitraries.frequency(Tuple.of(65, LaborCapacity.FULL), Tuple.of(22, LaborCapacity.PARTIAL),
                    Tuple.of(13, LaborCapacity.NONE));
        }
        return Arbitraries.frequency(Tuple.of(2, LaborCapacity.FULL), Tuple.of(4, LaborCapacity.PARTIAL),
                Tuple.of(4, LaborCapacity.NONE));
    }

    private static Arbitrary<Education> education(int age) {
        Arbitrary<Education> typical;
        if (age < 3) {
            typical = Arbitraries.just(Education.NONE);
        } else if (age < 6) {
            typical = Arbitraries.frequency(Tuple.of(8, Education.PRESCHOOL), Tuple.of(2, Education.NONE));
        } else if (age < 15) {
            typical = Arbitraries.frequency(Tuple.of(19, Education.COMPULSORY), Tuple.of(1, Education.NONE));
        } else if (age < 18) {
            typical = Arbitraries.frequency(Tuple.of(10, Education.HIGH_SCHOOL), Tuple.of(5, Education.VOCATIONAL),
                    Tuple.of(3, Education.COMPULSORY), Tuple.of(2, Education.NONE));
        } else if (age < 25) {
            typical = Arbitraries.frequency(Tuple.of(6, Education.HIGHER), Tuple.of(3, Education.VOCATIONAL),
                    Tuple.of(1, Education.HIGH_SCHOOL), Tuple.of(10, Education.NONE));
        } else {
            typical = Arbitraries.frequency(Tuple.of(7, Education.NONE), Tuple.of(3, Education.COMPULSORY));
        }
        return Arbitraries.frequencyOf(Tuple.of(19, typical), Tuple.of(1, Arbitraries.of(Education.class)));
    }

    private static Arbitrary<Tuple2<Certificate, List<Disability>>> disabilities() {
        Arbitrary<List<Disability>> list = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.just(List.<Disability>of())),
                Tuple.of(1, Disabilities.disabilities().list().ofMinSize(1).ofMaxSize(2)));
        return list.flatMap(l -> {
            Arbitrary<Certificate> cert = l.isEmpty()
                    ? Arbitraries.frequency(Tuple.of(19, Certificate.NONE), Tuple.of(1, Certificate.SECOND_GENERATION))
                    : Arbitraries.frequency(Tuple.of(2, Certificate.NONE), Tuple.of(2, Certificate.FIRST_GENERATION),
                            Tuple.of(6, Certificate.SECOND_GENERATION));
            return cert.map(c -> Tuple.of(c, l));
        });
    }

    private static Arbitrary<List<Benefit>> benefits(boolean countedOnly) {
        Arbitrary<Boolean> tekun = countedOnly ? Arbitraries.just(false)
                : Arbitraries.frequency(Tuple.of(1, true), Tuple.of(24, false));
        Arbitrary<Boolean> rare = Arbitraries.frequency(Tuple.of(1, true), Tuple.of(40, false));
        return Combinators.combine(tekun, rare, rare).as((t, o, w) -> {
            List<Benefit> b = new ArrayList<>();
            if (t) {
                b.add(Benefit.TEKUN);
            }
            if (o) {
                b.add(Benefit.ORPHAN);
            }
            if (w) {
                b.add(Benefit.WORK_INJURY_NURSING);
            }
            return List.copyOf(b);
        });
    }

    @Override
    public MemberArbitrary on(LocalDate asOf) {
        return with(c -> c.asOf = Objects.requireNonNull(asOf, "asOf"));
    }

    @Override
    public MemberArbitrary withId(String id) {
        return with(c -> c.id = Objects.requireNonNull(id, "id"));
    }

    @Override
    public MemberArbitrary withRelation(HeadRelation relation) {
        return with(c -> c.relation = Objects.requireNonNull(relation, "relation"));
    }

    @Override
    public MemberArbitrary aged(int minAge, int maxAge) {
        if (minAge < 0 || maxAge < minAge || maxAge > 110) {
            throw new IllegalArgumentException("Invalid age range [" + minAge + ", " + maxAge + "]");
        }
        return with(c -> {
            c.minAge = minAge;
            c.maxAge = maxAge;
        });
    }

    @Override
    public MemberArbitrary counted() {
        return with(c -> c.countedOnly = true);
    }

    @Override
    public MemberArbitrary withIncomes(Arbitrary<Income> incomes) {
        return with(c -> c.incomes = Objects.requireNonNull(incomes, "incomes"));
    }

    @Override
    public MemberArbitrary withExpenses(Arbitrary<Expense> expenses) {
        return with(c -> c.expenses = Objects.requireNonNull(expenses, "expenses"));
    }

    /**
     * Every knob returns a new arbitrary: a copy of this one with {@code change} applied.
     *
     * @param change  sets the knob on the copy, not null
     * @return the copy, never null
     */
    private DefaultMemberArbitrary with(Consumer<DefaultMemberArbitrary> change) {
        DefaultMemberArbitrary clone = typedClone();
        change.accept(clone);
        return clone;
    }
}
