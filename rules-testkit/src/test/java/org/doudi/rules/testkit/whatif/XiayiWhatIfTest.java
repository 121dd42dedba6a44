package org.doudi.rules.testkit.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.doudi.rules.api.EvaluationResult;
import org.doudi.rules.api.batch.BatchOptions;
import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.decision.Outcome;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.Residence;
import org.doudi.rules.api.whatif.CaseComparison;
import org.doudi.rules.api.whatif.WhatIf;
import org.doudi.rules.api.whatif.WhatIfJson;
import org.doudi.rules.api.whatif.WhatIfSummary;
import org.doudi.rules.api.whatif.WhatIfTotals;
import org.doudi.rules.drools.DroolsEligibilityService;
import org.doudi.rules.drools.RuleSet;
import org.doudi.rules.profile.ProfileRepository;
import org.doudi.rules.testkit.arbitraries.Requests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;

/**
 * What-if over a caseload, as an analyst runs it: Xiayi's rural standard raised by 10 % from 2022-01-01 (yearly
 * 3,860 → 4,246 yuan, an overlay of one line), on 10,000 generated Xiayi cases of every kind (fixed seed). The counts
 * and money of {@link WhatIf} are checked against two independent batch runs of the same cases, one per version.
 */
class XiayiWhatIfTest {

    private static final long SEED = 20_261_207L;
    private static final int CASES = 10_000;
    private static final LocalDate RAISED_FROM = LocalDate.of(2022, 1, 1);

    @TempDir
    static Path params;

    private static List<EvaluationRequest> caseload;
    private static DroolsEligibilityService before;
    private static DroolsEligibilityService after;

    @BeforeAll
    static void setUp() throws Exception {
        Files.writeString(params.resolve("hn-xiayi.yaml"), """
                id: hn-xiayi
                parameters:
                  standard:
                    RURAL:
                      - {from: 2022-01-01, yearly: 4246, source: "测算：农村低保标准上调10%"}
                """);
        RuleSet rules = RuleSet.builtIn();
        before = DroolsEligibilityService.of(rules, ProfileRepository.builtIn());
        after = DroolsEligibilityService.of(rules, ProfileRepository.builtInWithOverlay(params));
        caseload = draw();
        writeCaseload();
    }

    /**
     * Keeps the caseload as JSON lines under target/ (for timing {@code doudi compare} on it by hand, see
     * docs/analysts/what-if.md).
     */
    private static void writeCaseload() throws java.io.IOException {
        Path target = Files.isDirectory(Path.of("rules-testkit", "target")) ? Path.of("rules-testkit", "target")
                : Path.of("target");
        Path file = target.resolve("what-if").resolve("xiayi-" + CASES + ".jsonl");
        Files.createDirectories(file.getParent());
        List<String> lines = new ArrayList<>(CASES);
        caseload.forEach(r -> lines.add(org.doudi.rules.api.json.DoudiJson.writeRequest(r, false)));
        Files.write(file, lines, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<EvaluationRequest> draw() {
        JqwikSession.start();
        try {
            RandomGenerator<EvaluationRequest> generator = Requests.any().inProfile("hn-xiayi")
                    .withSinglePersonCandidates().withPhaseOutCandidates().generator(1_000);
            Random random = new Random(SEED);
            List<EvaluationRequest> requests = new ArrayList<>(CASES);
            for (int i = 0; i < CASES; i++) {
                requests.add(generator.next(random).value().toBuilder().caseId(String.format("XY-%05d", i)).build());
            }
            return requests;
        } finally {
            JqwikSession.finish();
        }
    }

    @Test
    void counts_and_money_agree_with_two_independent_batch_runs() {
        List<CaseComparison> changed = new ArrayList<>();
        WhatIfSummary summary = WhatIf.run(before, after, caseload.stream(), BatchOptions.allCores(), c -> {
            if (c.changed()) {
                changed.add(c);
            }
        });

        List<EvaluationResult> old = before.evaluateAll(caseload, Locale.CHINESE);
        List<EvaluationResult> raised = after.evaluateAll(caseload, Locale.CHINESE);
        long outcome = 0;
        long amount = 0;
        long category = 0;
        long coverage = 0;
        long newlyEligible = 0;
        long newlyIneligible = 0;
        long notDecided = 0;
        BigDecimal paidBefore = BigDecimal.ZERO;
        BigDecimal paidAfter = BigDecimal.ZERO;
        List<String> changedIds = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            Decision b = old.get(i) instanceof EvaluationResult.Decided d ? d.decision() : null;
            Decision a = raised.get(i) instanceof EvaluationResult.Decided d ? d.decision() : null;
            if (b == null || a == null) {
                // the overlay only adds an entry: a case the old version cannot decide, the new one cannot either
                assertThat(a).as("case %d", i).isNull();
                assertThat(b).as("case %d", i).isNull();
                notDecided++;
                continue;
            }
            paidBefore = paidBefore.add(b.monthlyAmount().amount());
            paidAfter = paidAfter.add(a.monthlyAmount().amount());
            boolean o = b.outcome() != a.outcome();
            boolean m = b.monthlyAmount().compareTo(a.monthlyAmount()) != 0;
            boolean c = !b.units().stream().map(u -> u.category()).toList()
                    .equals(a.units().stream().map(u -> u.category()).toList());
            boolean v = b.coverage() != a.coverage();
            outcome += o ? 1 : 0;
            amount += m ? 1 : 0;
            category += c ? 1 : 0;
            coverage += v ? 1 : 0;
            newlyEligible += b.outcome() != Outcome.ELIGIBLE && a.outcome() == Outcome.ELIGIBLE ? 1 : 0;
            newlyIneligible += b.outcome() == Outcome.ELIGIBLE && a.outcome() != Outcome.ELIGIBLE ? 1 : 0;
            if (o || m || c || v) {
                changedIds.add(a.caseId());
            }
        }

        WhatIfTotals t = summary.total();
        assertThat(t.cases()).isEqualTo(CASES);
        assertThat(t.outcomeChanged()).isEqualTo(outcome);
        assertThat(t.amountChanged()).isEqualTo(amount);
        assertThat(t.categoryChanged()).isEqualTo(category);
        assertThat(t.coverageChanged()).isEqualTo(coverage);
        assertThat(t.newlyEligible()).isEqualTo(newlyEligible);
        assertThat(t.newlyIneligible()).isEqualTo(newlyIneligible);
        assertThat(t.resultChanged()).isZero();
        assertThat(t.notDecidedBefore()).isEqualTo(notDecided);
        assertThat(t.notDecidedAfter()).isEqualTo(notDecided);
        assertThat(t.monthlyBefore()).isEqualTo(Money.of(paidBefore));
        assertThat(t.monthlyAfter()).isEqualTo(Money.of(paidAfter));
        assertThat(t.monthlyDifference()).isEqualTo(Money.of(paidAfter.subtract(paidBefore)));
        assertThat(t.yearlyDifference()).isEqualTo(Money.of(paidAfter.subtract(paidBefore)
                .multiply(BigDecimal.valueOf(12))));
        assertThat(changed).extracting(CaseComparison::caseId).containsExactlyElementsOf(changedIds);

        // a raised standard makes cases eligible and pays more in all; nobody loses eligibility (one household may
        // still get less: a phase-out paid at the old amount becomes an ordinary, smaller payment)
        assertThat(newlyEligible).isPositive();
        assertThat(newlyIneligible).isZero();
        assertThat(t.monthlyDifference().isPositive()).isTrue();
        // only rural cases assessed from the new date can change
        assertThat(changed).allSatisfy(c -> {
            assertThat(c.residence()).isEqualTo(Residence.RURAL);
            assertThat(c.decisionAfter().asOf()).isAfterOrEqualTo(RAISED_FROM);
        });
        // the groups add up to the total
        assertThat(summary.groups().values().stream().mapToLong(WhatIfTotals::cases).sum()).isEqualTo(CASES);
        assertThat(summary.groups().values().stream().mapToLong(WhatIfTotals::changed).sum())
                .isEqualTo(changed.size());
        assertThat(summary.groups()).containsOnlyKeys(new WhatIfSummary.Group("hn-xiayi", Residence.URBAN),
                new WhatIfSummary.Group("hn-xiayi", Residence.RURAL));
        assertThat(summary.groups().get(new WhatIfSummary.Group("hn-xiayi", Residence.URBAN)).changed()).isZero();
    }

    @Test
    void the_same_comparisons_on_one_thread_and_on_several() {
        List<EvaluationRequest> first = caseload.subList(0, 500);
        List<String> one = new ArrayList<>();
        List<String> many = new ArrayList<>();
        WhatIfSummary s1 = WhatIf.run(before, after, first.stream(), BatchOptions.singleThread(),
                c -> one.add(WhatIfJson.caseLine(c)));
        WhatIfSummary s2 = WhatIf.run(before, after, first.stream(), BatchOptions.threads(3),
                c -> many.add(WhatIfJson.caseLine(c)));
        assertThat(many).isEqualTo(one);
        assertThat(WhatIfJson.summary(s2, true)).isEqualTo(WhatIfJson.summary(s1, true));
    }
}
