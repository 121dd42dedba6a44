package org.doudi.rules.testkit.arbitraries.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.Assets;
import org.doudi.rules.api.request.Enrollment;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.HeadRelation;
import org.doudi.rules.api.request.HouseholdFlag;
import org.doudi.rules.api.request.Kind;
import org.doudi.rules.api.request.Member;
import org.doudi.rules.api.request.Residence;
import org.doudi.rules.profile.Parameters;
import org.doudi.rules.profile.Profile;
import org.doudi.rules.profile.ProfileRepository;
import org.doudi.rules.testkit.arbitraries.AssessmentDates;
import org.doudi.rules.testkit.arbitraries.HouseholdAssets;
import org.doudi.rules.testkit.arbitraries.MemberArbitrary;
import org.doudi.rules.testkit.arbitraries.Members;
import org.doudi.rules.testkit.arbitraries.RequestArbitrary;

/** The implementation of {@link RequestArbitrary}: profile, then date and residence, then the household. */
public final class DefaultRequestArbitrary extends ArbitraryDecorator<EvaluationRequest> implements RequestArbitrary {

    private final ProfileRepository profiles = ProfileRepository.builtIn();
    private List<String> profileIds;
    private Residence residence;
    private int minSize = 1;
    private int maxSize = 6;
    private LocalDate minDate = LocalDate.MIN;
    private LocalDate maxDate = AssessmentDates.DEFAULT_LATEST;
    private boolean assetsPassing;
    private boolean allCounted;
    private MemberArbitrary members = Members.members();
    private int overridePercent = 10;
    private List<Kind> kinds = List.of(Kind.APPLICATION);
    private boolean singlePersonCandidates;
    private boolean phaseOutCandidates;

    /** Every evaluable built-in profile. */
    public DefaultRequestArbitrary() {
    }

    private List<String> ids() {
        if (profileIds != null) {
            return profileIds;
        }
        return profiles.all().stream().map(Profile::id)
                .filter(id -> ProfileDates.hasSomeStandard(profiles, id)).toList();
    }

    @Override
    protected Arbitrary<EvaluationRequest> arbitrary() {
        Residence[] residences = residence == null ? Residence.values() : new Residence[] {residence};
        List<Arbitrary<EvaluationRequest>> perProfile = new ArrayList<>();
        for (String id : ids()) {
            ProfileDates dates = ProfileDates.of(profiles, id, residences);
            LocalDate from = minDate.isBefore(dates.firstStandardDate()) ? dates.firstStandardDate() : minDate;
            if (from.isAfter(maxDate)) {
                continue; // no standard in the interval
            }
            Arbitrary<LocalDate> date = new DefaultAssessmentDateArbitrary(dates, from, maxDate);
            perProfile.add(Combinators.combine(date, Arbitraries.of(residences))
                    .flatAs((d, r) -> requestOn(dates.profile(), d, r)));
        }
        if (perProfile.isEmpty()) {
            throw new IllegalArgumentException("No profile of " + ids() + " has a standard between " + minDate
                    + " and " + maxDate);
        }
        // Edge cases of the nested parts would flood the population (every member deceased, every member tekun):
        // boundaries are generated on purpose instead (value-change dates, whole yuan, 0.00).
        return Arbitraries.oneOf(perProfile).withoutEdgeCases();
    }

    private Arbitrary<EvaluationRequest> requestOn(Profile profile, LocalDate asOf, Residence res) {
        Parameters params = profile.on(asOf, res);
        Arbitrary<Optional<Integer>> bridge = params.bridgeEnabled()
                ? Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Optional.<Integer>empty())),
                        Tuple.of(1, Arbitraries.integers().between(params.bridgeMinMonths(), params.bridgeMaxMonths())
                                .map(Optional::of)))
                : Arbitraries.just(Optional.empty());
        Arbitrary<Optional<Integer>> anOverride = Arbitraries.integers().between(1, 4).map(Optional::of);
        Arbitrary<Optional<Integer>> override = overridePercent == 0 ? Arbitraries.just(Optional.empty())
                : overridePercent == 100 ? anOverride
                : Arbitraries.frequencyOf(Tuple.of(100 - overridePercent, Arbitraries.just(Optional.empty())),
                        Tuple.of(overridePercent, anOverride));
        String region = profile.regions().isEmpty() ? null : profile.regions().get(0);
        Arbitrary<Kind> kind = kinds.size() == 1 ? Arbitraries.just(kinds.get(0)) : Arbitraries.of(kinds);
        return kind.flatMap(k -> Combinators.combine(
                        households(k, asOf, res, params), flags(k), override, bridge,
                        Arbitraries.integers().between(1, 999_999)
                                .withDistribution(net.jqwik.api.RandomDistribution.uniform()),
                        Arbitraries.frequency(Tuple.of(3, false), Tuple.of(1, region != null)))
                .flatAs((household, fl, ov, br, no, withRegion) -> Combinators.combine(
                                enrollment(k, household.get1(), asOf, params),
                                bonusMonths(k, params))
                        .as((enrollment, bonus) -> EvaluationRequest.builder()
                                .caseId(String.format("PBT-%06d", no))
                                .kind(k)
                                .profile(profile.id())
                                .region(withRegion ? region : null)
                                .asOf(asOf)
                                .residence(res)
                                .flags(fl)
                                .members(household.get1())
                                .assets(household.get2())
                                .enrollment(enrollment.orElse(null))
                                .categoryOverride(ov.orElse(null))
                                .bonusMonths(bonus.orElse(null))
                                .bridgeMonths(br.orElse(null))
                                .build())));
    }

    /** The shapes of household a request may have. */
    private enum Shape {
        /** Members from the member arbitrary, assets from the asset arbitrary. */
        ANY,
        /** Built around single-person candidates, total income near the edge band (§6). */
        SINGLE_PERSON_CANDIDATES,
        /** Income just above the standard, assets passing: no longer eligible only because of income (§9.1). */
        INCOME_JUST_ABOVE
    }

    private Arbitrary<Tuple2<List<Member>, Assets>> households(Kind kind, LocalDate asOf, Residence res,
                                                               Parameters params) {
        List<Tuple2<Integer, Arbitrary<Shape>>> shapes = new ArrayList<>();
        shapes.add(Tuple.of(2, Arbitraries.just(Shape.ANY)));
        if (singlePersonCandidates) {
            shapes.add(Tuple.of(3, Arbitraries.just(Shape.SINGLE_PERSON_CANDIDATES)));
        }
        if (phaseOutCandidates) {
            shapes.add(Tuple.of(2, Arbitraries.just(Shape.INCOME_JUST_ABOVE)));
        }
        Arbitrary<Shape> shape = shapes.size() == 1 ? Arbitraries.just(Shape.ANY)
                : Arbitraries.frequencyOf(shapes.toArray(Tuple2[]::new));
        Money standard = params.standard();
        return shape.flatMap(s -> switch (s) {
            case ANY -> Combinators.combine(
                    Arbitraries.integers().between(minSize, maxSize).flatMap(n -> household(n, asOf)),
                    assetsPassing ? HouseholdAssets.assets().passing() : HouseholdAssets.assets())
                    .as(Tuple::of);
            case SINGLE_PERSON_CANDIDATES -> Combinators.combine(
                    Households.withSinglePersonCandidates(this::household, Math.max(minSize, Math.min(2, maxSize)),
                            maxSize, asOf, standard),
                    HouseholdAssets.assets().passing()).as(Tuple::of);
            case INCOME_JUST_ABOVE -> Combinators.combine(
                    Households.withIncomeNear(this::household, minSize, maxSize, asOf, standard, 100, 200),
                    HouseholdAssets.assets().passing()).as(Tuple::of);
        });
    }

    /** Registration is more frequent among enrolled households (reviews, exits). */
    private static Arbitrary<List<HouseholdFlag>> flags(Kind kind) {
        int none = kind == Kind.APPLICATION ? 6 : 2;
        return Combinators.combine(
                Arbitraries.frequency(Tuple.of(none, Optional.<HouseholdFlag>empty()),
                        Tuple.of(2, Optional.of(HouseholdFlag.REGISTERED_POOR)),
                        Tuple.of(2, Optional.of(HouseholdFlag.OUT_OF_POVERTY))),
                Arbitraries.frequency(Tuple.of(1, true), Tuple.of(9, false))).as((reg, monitored) -> {
                    List<HouseholdFlag> f = new ArrayList<>();
                    reg.ifPresent(f::add);
                    if (monitored) {
                        f.add(HouseholdFlag.MONITORED);
                    }
                    return List.copyOf(f);
                });
    }

    private Arbitrary<Optional<Enrollment>> enrollment(Kind kind, List<Member> members, LocalDate asOf,
                                                       Parameters params) {
        Arbitrary<Optional<Enrollment>> enrollment = Enrollments.forHousehold(members, asOf,
                params.phaseOutMonths(), phaseOutCandidates).map(Optional::of);
        if (kind == Kind.APPLICATION) {
            // An application may carry an enrollment (the JSON contract requires it only for the other kinds): with
            // phase-out candidates, one in four does, to check that only reviews phase out.
            return phaseOutCandidates
                    ? Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(Optional.<Enrollment>empty())),
                            Tuple.of(1, enrollment))
                    : Arbitraries.just(Optional.empty());
        }
        return enrollment;
    }

    /**
     * bonusMonths: for a voluntary exit within the profile's [min, max] where the feature is enabled (or omitted),
     * anything sensible elsewhere (ignored); never for other kinds.
     */
    private static Arbitrary<Optional<Integer>> bonusMonths(Kind kind, Parameters params) {
        if (kind != Kind.VOLUNTARY_EXIT) {
            return Arbitraries.just(Optional.empty());
        }
        Arbitrary<Integer> months = params.voluntaryExitEnabled()
                ? Arbitraries.integers().between(params.voluntaryExitMinMonths(), params.voluntaryExitMaxMonths())
                : Arbitraries.integers().between(0, 6);
        return Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(Optional.<Integer>empty())),
                Tuple.of(3, months.map(Optional::of)));
    }

    /**
     * Members m1..mn of one household from the configured member arbitrary: the head first, at most one spouse.
     *
     * @param n     the number of members, ≥ 1
     * @param asOf  the assessment date
     * @return the arbitrary, never null
     */
    Arbitrary<List<Member>> household(int n, LocalDate asOf) {
        MemberArbitrary base = (allCounted ? members.counted() : members).on(asOf);
        Arbitrary<Member> head = base.withId("m1").withRelation(HeadRelation.HEAD);
        Arbitrary<HeadRelation> relation = Arbitraries.frequency(Tuple.of(3, HeadRelation.SPOUSE),
                Tuple.of(5, HeadRelation.CHILD), Tuple.of(2, HeadRelation.PARENT), Tuple.of(1, HeadRelation.SIBLING),
                Tuple.of(1, HeadRelation.GRANDPARENT), Tuple.of(1, HeadRelation.GRANDCHILD),
                Tuple.of(1, HeadRelation.OTHER));
        Arbitrary<Member> other = relation.flatMap(rel -> base.withRelation(rel));
        return Combinators.combine(head, other.list().ofSize(n - 1)).as((h, os) -> {
            List<Member> all = new ArrayList<>();
            all.add(h);
            boolean spouse = false;
            for (int i = 0; i < os.size(); i++) {
                Member m = os.get(i);
                Member.Builder b = m.toBuilder().id("m" + (i + 2));
                if (m.relation() == HeadRelation.SPOUSE) {
                    if (spouse) {
                        b.relation(HeadRelation.CHILD);
                    }
                    spouse = true;
                }
                all.add(b.build());
            }
            return List.copyOf(all);
        });
    }

    @Override
    public RequestArbitrary inProfile(String... profileIds) {
        if (profileIds.length == 0) {
            throw new IllegalArgumentException("at least one profile");
        }
        for (String id : profileIds) {
            ProfileDates.of(profiles, id, Residence.values()); // fails early for js-wujin, cn-national, unknown ids
        }
        return with(c -> c.profileIds = List.of(profileIds));
    }

    @Override
    public RequestArbitrary residence(Residence residence) {
        return with(c -> c.residence = Objects.requireNonNull(residence, "residence"));
    }

    @Override
    public RequestArbitrary householdSize(int min, int max) {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("Invalid household size [" + min + ", " + max + "]");
        }
        return with(c -> {
            c.minSize = min;
            c.maxSize = max;
        });
    }

    @Override
    public RequestArbitrary onDatesBetween(LocalDate min, LocalDate max) {
        if (max.isBefore(min)) {
            throw new IllegalArgumentException("Invalid date range [" + min + ", " + max + "]");
        }
        return with(c -> {
            c.minDate = min;
            c.maxDate = max;
        });
    }

    @Override
    public RequestArbitrary withoutAssetsProblems() {
        return with(c -> c.assetsPassing = true);
    }

    @Override
    public RequestArbitrary allMembersCounted() {
        return with(c -> c.allCounted = true);
    }

    @Override
    public RequestArbitrary withMembers(MemberArbitrary members) {
        return with(c -> c.members = Objects.requireNonNull(members, "members"));
    }

    @Override
    public RequestArbitrary categoryOverrides(int percent) {
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be 0–100: " + percent);
        }
        return with(c -> c.overridePercent = percent);
    }

    @Override
    public RequestArbitrary ofKinds(Kind... kinds) {
        if (kinds.length == 0) {
            throw new IllegalArgumentException("at least one kind");
        }
        return with(c -> c.kinds = List.of(kinds));
    }

    @Override
    public RequestArbitrary withSinglePersonCandidates() {
        return with(c -> c.singlePersonCandidates = true);
    }

    @Override
    public RequestArbitrary withPhaseOutCandidates() {
        return with(c -> c.phaseOutCandidates = true);
    }

    /**
     * Every knob returns a new arbitrary: a copy of this one with {@code change} applied.
     *
     * @param change  sets the knob on the copy, not null
     * @return the copy, never null
     */
    private DefaultRequestArbitrary with(Consumer<DefaultRequestArbitrary> change) {
        DefaultRequestArbitrary clone = typedClone();
        change.accept(clone);
        return clone;
    }
}
