package org.doudi.rules.drools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.doudi.rules.drools.Cases.application;
import static org.doudi.rules.drools.Cases.head;
import static org.doudi.rules.drools.Cases.person;
import static org.doudi.rules.drools.Cases.wage;
import static org.doudi.rules.drools.Cases.yuan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.decision.Reason;
import org.doudi.rules.api.request.Benefit;
import org.doudi.rules.api.request.Certificate;
import org.doudi.rules.api.request.Disability;
import org.doudi.rules.api.request.DisabilityType;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.request.Expense;
import org.doudi.rules.api.request.ExpenseType;
import org.doudi.rules.api.request.HeadRelation;
import org.doudi.rules.api.request.LaborCapacity;
import org.doudi.rules.api.request.MemberStatus;
import org.doudi.rules.api.request.Residence;
import org.doudi.rules.drools.DroolsEligibilityService.ReloadResult;
import org.doudi.rules.profile.ProfileRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hot reload ({@link DroolsEligibilityService#reload}) from an analyst's rule folder: a broken folder keeps the last
 * good rules serving, a valid one replaces them, and decisions running during a reload never fail. Also: a folder
 * compiled at run time decides exactly as the pre-generated built-in rules.
 *
 * <p>Compiling the whole rule set takes seconds, so the original folder is compiled once here and shared, the edited
 * folder is compiled once, by the test that reloads it and then swaps rules while deciding, and the broken folder fails
 * fast (at the classic parse) in each test that reloads it.
 */
class ReloadTest {

    /** The stale-standard rule of explanations.drl, removed by the edited folder. */
    private static final String STALE_RULE_ID = "DB-EXP-001";

    private static final String EDITED_CLAUSE = "社会救助暂行办法 第九条（分析员修改）";

    @TempDir
    static Path temp;

    static Path original;
    static Path edited;
    static Path broken;
    static int brokenLine;

    /** The original folder, compiled once. */
    static RuleSet originalRules;

    @BeforeAll
    static void folders() throws IOException {
        original = copyBuiltIn("original");

        edited = copyBuiltIn("edited");
        Path explanations = edited.resolve("explanations.drl");
        String text = Files.readString(explanations, StandardCharsets.UTF_8);
        int ruleStart = text.indexOf("rule \"");
        assertThat(text).contains("@ruleId(\"" + STALE_RULE_ID + "\")");
        Files.writeString(explanations, text.substring(0, ruleStart), StandardCharsets.UTF_8);
        Path status = edited.resolve("household_status.drl");
        String statusText = Files.readString(status, StandardCharsets.UTF_8);
        String eligClause = "@ruleId(\"DB-ELIG-001\")\n    @clause(\"社会救助暂行办法 第九条\")";
        assertThat(statusText).contains(eligClause);
        Files.writeString(status, statusText.replace(eligClause,
                "@ruleId(\"DB-ELIG-001\")\n    @clause(\"" + EDITED_CLAUSE + "\")"), StandardCharsets.UTF_8);

        broken = copyBuiltIn("broken");
        Path income = broken.resolve("income.drl");
        List<String> lines = new ArrayList<>(Files.readAllLines(income, StandardCharsets.UTF_8));
        lines.addAll(List.of(
                "",
                "rule \"坏规则：条件不完整\"",
                "    @ruleId(\"DB-INC-999\")",
                "    @clause(\"测试\")",
                "when",
                "    $h : Household( asOf == )",
                "then",
                "end"));
        brokenLine = lines.size() - 2;  // the condition line, 1-based
        Files.write(income, lines, StandardCharsets.UTF_8);

        originalRules = RuleSet.fromDirectory(original);
    }

    /** @return a new service deciding with the original folder's rules */
    private static DroolsEligibilityService onOriginalRules() {
        return DroolsEligibilityService.of(originalRules, ProfileRepository.builtIn());
    }

    private static Path copyBuiltIn(String name) throws IOException {
        Path dir = Files.createDirectories(temp.resolve(name));
        for (Map.Entry<String, String> e : RuleSet.readBuiltInSources().entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
        return dir;
    }

    /** 夏邑城市 2021-02-01：标准执行已超过规定月数，给出 STANDARD_MAY_BE_STALE；收入为零，纳入低保. */
    private static EvaluationRequest staleCase() {
        return application("hn-xiayi", "2021-02-01", Residence.URBAN)
                .members(head("1970-01-01", LaborCapacity.FULL).build()).build();
    }

    private static List<String> codes(Decision d) {
        return d.reasons().stream().map(Reason::code).toList();
    }

    /** A handful of whole-household cases touching every area of WholeHouseholdScenariosTest. */
    private static List<EvaluationRequest> cases() {
        return List.of(
                application("yn-ludian", "2020-07-01", Residence.URBAN).members(
                        head("1970-01-01", LaborCapacity.FULL).incomes(wage("1279.99")).build(),
                        person("m2", HeadRelation.SPOUSE, "1972-01-01", LaborCapacity.FULL).build()).build(),
                application("yn-ludian", "2020-07-01", Residence.URBAN).members(
                        head("1970-01-01", LaborCapacity.FULL).build(),
                        person("m2", HeadRelation.PARENT, "1940-01-01", LaborCapacity.NONE)
                                .benefits(List.of(Benefit.TEKUN)).build(),
                        person("m3", HeadRelation.CHILD, "2000-01-01", LaborCapacity.FULL)
                                .status(MemberStatus.IMPRISONED).build()).build(),
                application("gs-huining", "2020-06-15", Residence.RURAL).members(
                        head("1970-01-01", LaborCapacity.FULL).incomes(wage("400.00"))
                                .expenses(List.of(new Expense(ExpenseType.MEDICAL, yuan("200.00")))).build(),
                        person("m2", HeadRelation.SPOUSE, "1970-01-01", LaborCapacity.FULL).build()).build(),
                application("gs-huining", "2020-09-01", Residence.RURAL).members(
                        head("1968-04-02", LaborCapacity.NONE).certificate(Certificate.SECOND_GENERATION)
                                .disabilities(List.of(new Disability(DisabilityType.PHYSICAL, 1))).build(),
                        person("m2", HeadRelation.SPOUSE, "1970-08-09", LaborCapacity.FULL)
                                .incomes(wage("520.00")).build(),
                        person("m3", HeadRelation.CHILD, "2008-03-15", LaborCapacity.FULL).build()).build(),
                application("hn-xiayi", "2019-05-01", Residence.RURAL).members(
                        head("1966-07-07", LaborCapacity.PARTIAL).chronicIllness(true).incomes(wage("600.00")).build(),
                        person("m2", HeadRelation.SPOUSE, "1969-09-09", LaborCapacity.FULL).build()).build(),
                application("yn-ludian", "2020-07-01", Residence.RURAL).members(
                        head("1970-01-01", LaborCapacity.FULL).incomes(wage("100.50")).build()).build(),
                application("yn-ludian", "2020-07-01", Residence.URBAN).members(
                        head("1970-01-01", LaborCapacity.FULL).incomes(wage("5000.00")).build()).build(),
                staleCase());
    }

    @Test
    @DisplayName("a folder compiled at run time decides exactly as the pre-generated built-in rules")
    void folderBuildMatchesBuiltIn() {
        DroolsEligibilityService builtIn = DroolsEligibilityService.builtIn();
        DroolsEligibilityService folder = onOriginalRules();
        for (EvaluationRequest request : cases()) {
            for (Locale locale : List.of(Locale.CHINESE, Locale.ENGLISH)) {
                assertThat(folder.decide(request, locale)).as(request.caseId() + " " + locale)
                        .isEqualTo(builtIn.decide(request, locale));
            }
        }
    }

    @Test
    @DisplayName("a broken DRL: not reloaded, the problem names file and line, the last good rules keep deciding")
    void brokenFolderKeepsTheLastGoodRules() {
        DroolsEligibilityService service = onOriginalRules();
        Decision before = service.decide(staleCase(), Locale.CHINESE);
        assertThat(codes(before)).contains("STANDARD_MAY_BE_STALE");
        RuleSet rulesBefore = service.rules();

        ReloadResult result = service.reload(broken, null);

        assertThat(result.reloaded()).isFalse();
        assertThat(result.problems()).isNotEmpty().anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("income.drl");
            assertThat(p.line()).isEqualTo(brokenLine);
        });
        assertThat(service.rules()).isSameAs(rulesBefore);
        assertThat(service.decide(staleCase(), Locale.CHINESE)).isEqualTo(before);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    @DisplayName("a valid edited folder: reloaded, later decisions follow the edit; decisions running during further"
            + " reloads never fail, each following the old or the new rules")
    void validEditIsReloadedWhileDeciding() throws Exception {
        DroolsEligibilityService service = onOriginalRules();
        Decision before = service.decide(staleCase(), Locale.CHINESE);
        assertThat(before.firedRules()).contains(STALE_RULE_ID);
        assertThat(before.reasons()).filteredOn(r -> r.code().equals("INCOME_BELOW_STANDARD")).singleElement()
                .satisfies(r -> assertThat(r.clause()).isEqualTo("社会救助暂行办法 第九条"));

        ReloadResult result = service.reload(edited, null);

        assertThat(result.problems()).isEmpty();
        assertThat(result.reloaded()).isTrue();
        Decision after = service.decide(staleCase(), Locale.CHINESE);
        assertThat(after.firedRules()).doesNotContain(STALE_RULE_ID);
        assertThat(codes(after)).doesNotContain("STANDARD_MAY_BE_STALE");
        assertThat(after.reasons()).filteredOn(r -> r.code().equals("INCOME_BELOW_STANDARD")).singleElement()
                .satisfies(r -> assertThat(r.clause()).isEqualTo(EDITED_CLAUSE));
        assertThat(after.monthlyAmount()).isEqualTo(before.monthlyAmount());

        // the same service, while two threads decide: swap the original and the edited rules, then a broken folder
        RuleSet editedRules = service.rules();
        Decision oldRules = before;
        Decision newRules = after;
        assertThat(newRules).isNotEqualTo(oldRules);
        int threads = 2;
        AtomicBoolean reloading = new AtomicBoolean(true);
        AtomicInteger decisions = new AtomicInteger();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        CountDownLatch started = new CountDownLatch(threads);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread w = new Thread(() -> {
                started.countDown();
                for (int i = 0; i < 100_000 && (reloading.get() || i < 50); i++) {
                    try {
                        Decision d = service.decide(staleCase(), Locale.CHINESE);
                        if (!d.equals(oldRules) && !d.equals(newRules)) {
                            failures.add(new AssertionError("a decision of neither rule set: " + d));
                        }
                        decisions.incrementAndGet();
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }
            }, "decider-" + t);
            workers.add(w);
            w.start();
        }
        started.await();
        for (RuleSet rules : List.of(originalRules, editedRules)) {
            ReloadResult r = service.reloadWith(rules, ProfileRepository.builtIn());
            assertThat(r.problems()).isEmpty();
            assertThat(r.reloaded()).isTrue();
        }
        ReloadResult failed = service.reload(broken, null);
        assertThat(failed.reloaded()).isFalse();
        reloading.set(false);
        for (Thread w : workers) {
            w.join(TimeUnit.MINUTES.toMillis(2));
            assertThat(w.isAlive()).isFalse();
        }
        assertThat(failures).isEmpty();
        assertThat(decisions.get()).isGreaterThanOrEqualTo(threads * 50);
        assertThat(service.decide(staleCase(), Locale.CHINESE)).isEqualTo(newRules);

        assertThat(service.reload(null, null).reloaded()).as("back to the built-in rules").isTrue();
        assertThat(service.decide(staleCase(), Locale.CHINESE)).isEqualTo(before);
    }
}
