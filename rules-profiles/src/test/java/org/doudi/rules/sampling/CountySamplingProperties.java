package org.doudi.rules.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import org.doudi.rules.api.decision.HomeVisit;
import org.doudi.rules.api.decision.Outcome;
import org.doudi.rules.api.request.Kind;
import org.doudi.rules.sampling.SampleCase.Status;

/**
 * County sampling on synthetic batches, before approval and of enrolled cases: the size of the selection, the
 * mandatory cases, independence of the batch's order, left-out cases, the ratio and its floor, and a uniform draw
 * (chi-square over a fixed list of seeds, so the build never flakes).
 */
class CountySamplingProperties {

    static final BigDecimal SHARED = new BigDecimal("0.30");

    /** The sampling.ratio of the synthetic cases' profile: a floor low enough for every generated ratio. */
    static final BigDecimal LOW = new BigDecimal("0.0001");

    /** What a decided case can be: kind and outcome. */
    record Decided(Kind kind, Outcome outcome) {
    }

    // ---- generators ----

    @Provide
    Arbitrary<List<SampleCase>> batches() {
        Arbitrary<Decided> decided = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.just(new Decided(Kind.APPLICATION, Outcome.ELIGIBLE))),
                net.jqwik.api.Tuple.of(3, Arbitraries.of(new Decided(Kind.REVIEW, Outcome.ELIGIBLE),
                        new Decided(Kind.REVIEW, Outcome.PHASE_OUT))),
                net.jqwik.api.Tuple.of(2, Arbitraries.of(new Decided(Kind.APPLICATION, Outcome.INELIGIBLE),
                        new Decided(Kind.REVIEW, Outcome.EXIT), new Decided(Kind.VOLUNTARY_EXIT, Outcome.EXIT))));
        Arbitrary<SampleCase> oneCase = Combinators.combine(
                Arbitraries.integers().between(0, 60).map(n -> "县-2020-" + n),
                Arbitraries.frequency(
                        net.jqwik.api.Tuple.of(10, Status.DECIDED),
                        net.jqwik.api.Tuple.of(1, Status.INVALID),
                        net.jqwik.api.Tuple.of(1, Status.MISCONFIGURED)),
                decided,
                Arbitraries.frequency(
                        net.jqwik.api.Tuple.of(1, HomeVisit.MANDATORY),
                        net.jqwik.api.Tuple.of(4, HomeVisit.SAMPLED)))
                .as((id, status, d, visit) -> status == Status.DECIDED
                        ? SampleCase.decided(id, d.kind(), d.outcome(), visit, "test-low", LOW)
                        : SampleCase.undecided(id, status));
        return oneCase.list().ofMinSize(0).ofMaxSize(80);
    }

    @Provide
    Arbitrary<BigDecimal> ratios() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, 10_000).map(n -> BigDecimal.valueOf(n, 4)),
                Arbitraries.integers().between(1, 100).map(n -> BigDecimal.valueOf(n, 2)),
                Arbitraries.of(BigDecimal.ONE, new BigDecimal("1.000"), new BigDecimal("0.3"), new BigDecimal("0.1")));
    }

    // ---- an independent oracle of who is sampled ----

    static Map<String, Integer> occurrences(List<SampleCase> batch) {
        Map<String, Integer> n = new HashMap<>();
        batch.forEach(c -> n.merge(c.caseId(), 1, Integer::sum));
        return n;
    }

    /** Applications proposed for approval, or enrolled cases still paid (a review decided ELIGIBLE or PHASE_OUT). */
    static boolean inPopulation(SampleCase c, Population population) {
        if (c.status() != Status.DECIDED) {
            return false;
        }
        return population == Population.APPLICATIONS
                ? c.kind() == Kind.APPLICATION && c.outcome() == Outcome.ELIGIBLE
                : c.kind() == Kind.REVIEW && (c.outcome() == Outcome.ELIGIBLE || c.outcome() == Outcome.PHASE_OUT);
    }

    static List<SampleCase> proposed(List<SampleCase> batch, Population population) {
        Map<String, Integer> n = occurrences(batch);
        return batch.stream().filter(c -> inPopulation(c, population) && n.get(c.caseId()) == 1).toList();
    }

    /** ⌈r × p⌉ by counting up: the least k with k ≥ r × p. */
    static int ceiling(BigDecimal r, int p) {
        BigDecimal product = r.multiply(BigDecimal.valueOf(p));
        int k = 0;
        while (BigDecimal.valueOf(k).compareTo(product) < 0) {
            k++;
        }
        return k;
    }

    // ---- properties ----

    @Property(tries = 300)
    @Label("选中数 = 必查数 + ⌈抽查比例 × 抽查池⌉")
    void sizeIsMandatoryPlusCeilingOfRatioTimesPool(@ForAll("batches") List<SampleCase> batch,
                                                    @ForAll("ratios") BigDecimal ratio, @ForAll long seed,
                                                    @ForAll Population population) {
        SampleSelection s = CountySampler.select(batch, ratio, seed, population);
        List<SampleCase> proposed = proposed(batch, population);
        int m = (int) proposed.stream().filter(c -> c.homeVisit() == HomeVisit.MANDATORY).count();
        int p = proposed.size() - m;
        assertThat(s.mandatory()).isEqualTo(m);
        assertThat(s.pool()).isEqualTo(p);
        assertThat(s.sampled()).isEqualTo(ceiling(ratio, p));
        assertThat(s.selected()).hasSize(m + ceiling(ratio, p));
        assertThat(s.ratio()).isEqualTo(ratio);
    }

    @Property(tries = 300)
    @Label("近亲属备案的案件（MANDATORY）全部选中；选中的都是抽查范围内的案件（拟批准的申请或仍在保的复核案件），按案号排序且不重复")
    void everyMandatoryCaseIsSelected(@ForAll("batches") List<SampleCase> batch, @ForAll("ratios") BigDecimal ratio,
                                      @ForAll long seed, @ForAll Population population) {
        SampleSelection s = CountySampler.select(batch, ratio, seed, population);
        List<SampleCase> proposed = proposed(batch, population);
        List<String> mandatory = proposed.stream().filter(c -> c.homeVisit() == HomeVisit.MANDATORY)
                .map(SampleCase::caseId).toList();
        assertThat(s.selected()).containsAll(mandatory);
        assertThat(s.selected()).isSubsetOf(proposed.stream().map(SampleCase::caseId).toList());
        assertThat(s.selected()).isSorted().doesNotHaveDuplicates();
    }

    @Property(tries = 300)
    @Label("抽查范围以外的案件（无效、配置错误、类型不符、结论不符、案号重复）全部列为未纳入，且只列这些")
    void leftOutCasesAreExactlyTheOthers(@ForAll("batches") List<SampleCase> batch, @ForAll("ratios") BigDecimal ratio,
                                         @ForAll long seed, @ForAll Population population) {
        SampleSelection s = CountySampler.select(batch, ratio, seed, population);
        Map<String, Integer> n = occurrences(batch);
        List<Integer> expected = IntStream.range(0, batch.size())
                .filter(i -> !inPopulation(batch.get(i), population) || n.get(batch.get(i).caseId()) > 1)
                .boxed().toList();
        assertThat(s.leftOut()).extracting(LeftOut::index).containsExactlyElementsOf(expected);
        for (LeftOut l : s.leftOut()) {
            SampleCase c = batch.get(l.index());
            assertThat(l.reason()).isEqualTo(expectedReason(c, population));
            if (inPopulation(c, population)) {
                assertThat(s.selected()).doesNotContain(c.caseId());
            }
        }
    }

    static LeftOut.Reason expectedReason(SampleCase c, Population population) {
        if (c.status() == Status.INVALID) {
            return LeftOut.Reason.INVALID;
        }
        if (c.status() == Status.MISCONFIGURED) {
            return LeftOut.Reason.MISCONFIGURED;
        }
        if (inPopulation(c, population)) {
            return LeftOut.Reason.DUPLICATE_CASE_ID;
        }
        if (population == Population.APPLICATIONS) {
            return c.kind() != Kind.APPLICATION ? LeftOut.Reason.NOT_APPLICATION : LeftOut.Reason.NOT_ELIGIBLE;
        }
        return c.kind() != Kind.REVIEW ? LeftOut.Reason.NOT_REVIEW : LeftOut.Reason.NOT_STILL_PAID;
    }

    @Property(tries = 300)
    @Label("同一批案件换个顺序，比例和种子相同，选中结果不变")
    void permutingTheBatchNeverChangesTheSelection(@ForAll("batches") List<SampleCase> batch,
                                                   @ForAll("ratios") BigDecimal ratio, @ForAll long seed,
                                                   @ForAll long shuffleSeed, @ForAll Population population) {
        List<SampleCase> shuffled = new ArrayList<>(batch);
        Collections.shuffle(shuffled, new Random(shuffleSeed));
        SampleSelection a = CountySampler.select(batch, ratio, seed, population);
        SampleSelection b = CountySampler.select(shuffled, ratio, seed, population);
        assertThat(b.selected()).isEqualTo(a.selected());
        assertThat(b.mandatory()).isEqualTo(a.mandatory());
        assertThat(b.sampled()).isEqualTo(a.sampled());
        assertThat(b.pool()).isEqualTo(a.pool());
        assertThat(b.leftOut()).extracting(LeftOut::reason)
                .containsExactlyInAnyOrderElementsOf(a.leftOut().stream().map(LeftOut::reason).toList());
    }

    @Property(tries = 200)
    @Label("未给比例时用各地共同的 sampling.ratio（0.3 与 0.30 相同）")
    void sharedProfileRatioIsUsedWhenNoneIsGiven(@ForAll("batches") List<SampleCase> batch, @ForAll long seed,
                                                 @ForAll Population population) {
        List<SampleCase> mixed = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            mixed.add(withProfile(batch.get(i), i % 2 == 0 ? "yn-ludian" : "gs-huining",
                    i % 2 == 0 ? SHARED : new BigDecimal("0.3")));
        }
        SampleSelection byProfiles = CountySampler.select(mixed, null, seed, population);
        SampleSelection given = CountySampler.select(mixed, SHARED, seed, population);
        assertThat(byProfiles.selected()).isEqualTo(given.selected());
        assertThat(byProfiles.sampled()).isEqualTo(given.sampled());
    }

    static SampleCase withProfile(SampleCase c, String profile, BigDecimal ratio) {
        return c.status() != Status.DECIDED ? c
                : SampleCase.decided(c.caseId(), c.kind(), c.outcome(), c.homeVisit(), profile, ratio);
    }

    @Property(tries = 200)
    @Label("各地 sampling.ratio 是下限：给出的比例低于抽查范围内案件所属地方的最高比例即为用法错误，并说明下限；不低于则照常抽取")
    void theProfilesRatioIsAFloor(@ForAll("batches") List<SampleCase> batch, @ForAll("ratios") BigDecimal ratio,
                                  @ForAll long seed, @ForAll Population population) {
        List<SampleCase> mixed = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            mixed.add(withProfile(batch.get(i), i % 3 == 0 ? "test-half" : "yn-ludian",
                    i % 3 == 0 ? new BigDecimal("0.50") : SHARED));
        }
        BigDecimal floor = mixed.stream().filter(c -> inPopulation(c, population)).map(SampleCase::profileRatio)
                .max(BigDecimal::compareTo).orElse(null);
        if (floor != null && ratio.compareTo(floor) < 0) {
            assertThatThrownBy(() -> CountySampler.select(mixed, ratio, seed, population))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("below the floor " + floor.toPlainString())
                    .hasMessageContaining("sampling.ratio");
        } else {
            assertThat(CountySampler.select(mixed, ratio, seed, population).ratio()).isEqualTo(ratio);
        }
    }

    @Property(tries = 200)
    @Label("比例不在 (0, 1] 内：用法错误")
    void ratioOutsideZeroOneIsAUsageError(@ForAll @IntRange(min = -10_000, max = 20_000) int tenThousandths) {
        BigDecimal ratio = BigDecimal.valueOf(tenThousandths, 4);
        List<SampleCase> batch = List.of(SampleCase.proposed("A", HomeVisit.SAMPLED, "test-low", LOW));
        if (ratio.signum() > 0 && ratio.compareTo(BigDecimal.ONE) <= 0) {
            assertThat(CountySampler.select(batch, ratio, 1L).sampled()).isEqualTo(1);
        } else {
            assertThatThrownBy(() -> CountySampler.select(batch, ratio, 1L))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    // ---- examples ----

    @Example
    @Label("0.14 × 50 恰为 7：精确计算，不因浮点误差多抽一户")
    void ceilingIsExact() {
        assertThat(0.14 * 50).isGreaterThan(7.0);  // why BigDecimal: in doubles the product is 7.000000000000001
        assertThat(CountySampler.sampleSize(new BigDecimal("0.14"), 50)).isEqualTo(7);
        assertThat(CountySampler.sampleSize(new BigDecimal("0.3"), 10)).isEqualTo(3);
        assertThat(CountySampler.sampleSize(new BigDecimal("0.30"), 7)).isEqualTo(3);
        assertThat(CountySampler.sampleSize(new BigDecimal("0.30"), 0)).isZero();
        assertThat(CountySampler.sampleSize(BigDecimal.ONE, 13)).isEqualTo(13);
        assertThat(CountySampler.sampleSize(new BigDecimal("0.0001"), 1)).isEqualTo(1);
    }

    @Example
    @Label("各地比例不同且未给比例：用法错误；给了比例则照常抽取")
    void disagreeingProfilesNeedARatio() {
        List<SampleCase> batch = List.of(
                SampleCase.proposed("A", HomeVisit.SAMPLED, "yn-ludian", SHARED),
                SampleCase.proposed("B", HomeVisit.SAMPLED, "test-half", new BigDecimal("0.5")));
        assertThatThrownBy(() -> CountySampler.select(batch, null, 7L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("disagree").hasMessageNotContaining("\"A\"");
        assertThat(CountySampler.select(batch, new BigDecimal("0.5"), 7L).sampled()).isEqualTo(1);
    }

    @Example
    @Label("批次里没有已判定的案件且未给比例：不抽取")
    void emptyBatch() {
        SampleSelection s = CountySampler.select(List.of(SampleCase.undecided(null, Status.INVALID)), null, 1L);
        assertThat(s.selected()).isEmpty();
        assertThat(s.sampled()).isZero();
        assertThat(s.ratio()).isNull();
        assertThat(s.leftOut()).containsExactly(new LeftOut(0, LeftOut.Reason.INVALID));
    }

    @Example
    @Label("同一案号出现两次：两条都不纳入，即使其中一条是必查案件")
    void duplicateCaseIdsAreAllLeftOut() {
        List<SampleCase> batch = List.of(
                SampleCase.proposed("A", HomeVisit.MANDATORY, "yn-ludian", SHARED),
                SampleCase.proposed("B", HomeVisit.SAMPLED, "yn-ludian", SHARED),
                SampleCase.decided("A", Kind.APPLICATION, Outcome.INELIGIBLE, HomeVisit.SAMPLED, "yn-ludian", SHARED));
        SampleSelection s = CountySampler.select(batch, BigDecimal.ONE, 3L);
        assertThat(s.selected()).containsExactly("B");
        assertThat(s.mandatory()).isZero();
        assertThat(s.leftOut()).containsExactly(new LeftOut(0, LeftOut.Reason.DUPLICATE_CASE_ID),
                new LeftOut(2, LeftOut.Reason.NOT_ELIGIBLE));
    }

    @Example
    @Label("抽查在保案件：仍在保（符合条件或渐退）的复核案件入池，须备案的必查；申请、退出的复核不纳入")
    void enrolledCases() {
        List<SampleCase> batch = List.of(
                SampleCase.decided("R-1", Kind.REVIEW, Outcome.ELIGIBLE, HomeVisit.SAMPLED, "yn-ludian", SHARED),
                SampleCase.decided("R-2", Kind.REVIEW, Outcome.PHASE_OUT, HomeVisit.SAMPLED, "yn-ludian", SHARED),
                SampleCase.decided("R-3", Kind.REVIEW, Outcome.ELIGIBLE, HomeVisit.MANDATORY, "yn-ludian", SHARED),
                SampleCase.decided("R-4", Kind.REVIEW, Outcome.EXIT, HomeVisit.MANDATORY, "yn-ludian", SHARED),
                SampleCase.proposed("A-1", HomeVisit.MANDATORY, "yn-ludian", SHARED),
                SampleCase.decided("V-1", Kind.VOLUNTARY_EXIT, Outcome.EXIT, HomeVisit.SAMPLED, "yn-ludian", SHARED));
        SampleSelection s = CountySampler.select(batch, null, 5L, Population.ENROLLED);
        assertThat(s.mandatory()).isEqualTo(1);
        assertThat(s.pool()).isEqualTo(2);
        assertThat(s.sampled()).isEqualTo(1);  // ⌈0.30 × 2⌉
        assertThat(s.selected()).hasSize(2).contains("R-3").isSubsetOf("R-1", "R-2", "R-3");
        assertThat(s.leftOut()).containsExactly(new LeftOut(3, LeftOut.Reason.NOT_STILL_PAID),
                new LeftOut(4, LeftOut.Reason.NOT_REVIEW), new LeftOut(5, LeftOut.Reason.NOT_REVIEW));

        SampleSelection before = CountySampler.select(batch, null, 5L, Population.APPLICATIONS);
        assertThat(before.selected()).containsExactly("A-1");
    }

    @Example
    @Label("下限：鲁甸0.30，给0.29为用法错误（说明下限0.30），给0.30可以；不在抽查范围内的案件的地方比例不构成下限")
    void floorExamples() {
        List<SampleCase> batch = List.of(
                SampleCase.proposed("A", HomeVisit.SAMPLED, "yn-ludian", SHARED),
                SampleCase.decided("B", Kind.REVIEW, Outcome.ELIGIBLE, HomeVisit.SAMPLED, "test-half",
                        new BigDecimal("0.5")));
        assertThatThrownBy(() -> CountySampler.select(batch, new BigDecimal("0.29"), 1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0.29 is below the floor 0.30").hasMessageContaining("yn-ludian 0.30");
        assertThat(CountySampler.select(batch, new BigDecimal("0.30"), 1L).sampled()).isEqualTo(1);
        assertThat(CountySampler.select(batch, new BigDecimal("0.3"), 1L).sampled()).isEqualTo(1);
        assertThatThrownBy(() -> CountySampler.select(batch, new BigDecimal("0.4"), 1L, Population.ENROLLED))
                .hasMessageContaining("below the floor 0.5");
    }

    @Example
    @Label("种子不同，抽中的案件一般不同（抽取确实依赖种子）")
    void theSeedMatters() {
        List<SampleCase> batch = pool(10);
        Set<List<String>> draws = new HashSet<>();
        for (long seed = 1; seed <= 20; seed++) {
            draws.add(CountySampler.select(batch, new BigDecimal("0.3"), seed).selected());
        }
        assertThat(draws).hasSizeGreaterThan(10);
    }

    // ---- uniformity: chi-square over fixed seeds (deterministic) ----

    static List<SampleCase> pool(int size) {
        List<SampleCase> batch = new ArrayList<>();
        for (int i = size - 1; i >= 0; i--) {  // given in reverse: the draw works on the sorted pool
            batch.add(SampleCase.proposed("P" + i, HomeVisit.SAMPLED, "test-low", LOW));
        }
        return batch;
    }

    static double chiSquare(Map<?, Integer> counts, int cells, double expected) {
        double sum = 0;
        for (Integer observed : counts.values()) {
            sum += (observed - expected) * (observed - expected) / expected;
        }
        sum += (cells - counts.size()) * expected;  // cells never observed
        return sum;
    }

    @Example
    @Label("抽查均匀：5户抽1户，种子1..2000，各户被抽中次数的卡方值低于 df=4、α=0.001 的临界值 18.467")
    void oneOfFiveIsUniform() {
        List<SampleCase> batch = pool(5);
        Map<String, Integer> counts = new HashMap<>();
        for (long seed = 1; seed <= 2000; seed++) {
            SampleSelection s = CountySampler.select(batch, new BigDecimal("0.2"), seed);
            assertThat(s.selected()).hasSize(1);
            counts.merge(s.selected().get(0), 1, Integer::sum);
        }
        assertThat(chiSquare(counts, 5, 400.0)).isLessThan(18.467);
    }

    @Example
    @Label("抽查均匀：10户抽3户，种子1..2000，各户被抽中次数的卡方值低于 df=9、α=0.001 的临界值 27.877")
    void threeOfTenIsUniformPerCase() {
        List<SampleCase> batch = pool(10);
        Map<String, Integer> counts = new HashMap<>();
        for (long seed = 1; seed <= 2000; seed++) {
            SampleSelection s = CountySampler.select(batch, new BigDecimal("0.3"), seed);
            assertThat(s.selected()).hasSize(3);
            s.selected().forEach(id -> counts.merge(id, 1, Integer::sum));
        }
        assertThat(chiSquare(counts, 10, 600.0)).isLessThan(27.877);
    }

    @Example
    @Label("抽查均匀：10户抽3户的120种组合，种子1..6000，卡方值低于 df=119、α=0.001 的临界值 172.418")
    void threeOfTenIsUniformPerSubset() {
        List<SampleCase> batch = pool(10);
        Map<List<String>, Integer> counts = new HashMap<>();
        for (long seed = 1; seed <= 6000; seed++) {
            counts.merge(CountySampler.select(batch, new BigDecimal("0.3"), seed).selected(), 1, Integer::sum);
        }
        assertThat(counts.keySet()).allSatisfy(k -> assertThat(k).hasSize(3));
        assertThat(chiSquare(counts, 120, 50.0)).isLessThan(172.418);
    }
}
