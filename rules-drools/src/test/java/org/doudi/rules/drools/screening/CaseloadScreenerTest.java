package org.doudi.rules.drools.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.doudi.rules.api.batch.BatchOptions;
import org.doudi.rules.api.money.Money;
import org.doudi.rules.api.screening.Candidate;
import org.doudi.rules.api.screening.Finding;
import org.doudi.rules.api.screening.FindingCode;
import org.doudi.rules.api.screening.MonitoredRisk;
import org.doudi.rules.api.screening.RegistryCount;
import org.doudi.rules.api.screening.RegistryProblem;
import org.doudi.rules.api.screening.ScreeningListener;
import org.doudi.rules.api.screening.ScreeningResult;
import org.doudi.rules.api.screening.ScreeningSummary;
import org.doudi.rules.drools.TestRules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 排查：the planted caseload of {@code examples/screening} — one fault of every finding code (the registries' too) and
 * clean cases — each flagged exactly as planted, in input order, with candidates and the summary checked exactly.
 */
class CaseloadScreenerTest {

    static final CaseloadScreener screener = TestRules.screener();

    @TempDir
    Path dir;

    /** Everything a screening produced. */
    record Run(List<ScreeningResult> results, List<RegistryProblem> problems, List<Candidate> candidates,
               ScreeningSummary summary) {
    }

    static Run screen(Path caseload, Registries registries, Locale locale, BatchOptions options) {
        List<ScreeningResult> results = new ArrayList<>();
        List<RegistryProblem> problems = new ArrayList<>();
        List<Candidate> candidates = new ArrayList<>();
        ScreeningSummary summary = screener.screen(() -> ScreeningFixture.caseload(caseload), registries, locale,
                options, new ScreeningListener() {
                    @Override
                    public void screened(ScreeningResult result) {
                        results.add(result);
                    }

                    @Override
                    public void registryProblem(RegistryProblem problem) {
                        problems.add(problem);
                    }

                    @Override
                    public void candidate(Candidate candidate) {
                        candidates.add(candidate);
                    }
                });
        return new Run(results, problems, candidates, summary);
    }

    static Run plantedRun(Locale locale, BatchOptions options) {
        return screen(ScreeningFixture.CASELOAD, Registries.fromDirectory(ScreeningFixture.REGISTRIES), locale,
                options);
    }

    /** Each line: {@code line caseId: CODE@member ...} (member {@code -} for the case or a card). */
    static List<String> summarize(List<ScreeningResult> results) {
        List<String> lines = new ArrayList<>();
        for (ScreeningResult r : results) {
            StringBuilder b = new StringBuilder(r.line() + " " + r.caseId() + ":");
            if (r instanceof ScreeningResult.Screened s) {
                for (Finding f : s.findings()) {
                    b.append(' ').append(f.code()).append('@').append(f.memberId() == null ? "-" : f.memberId());
                }
            } else if (r instanceof ScreeningResult.Rejected rej) {
                rej.problems().forEach(p -> b.append(" errors[").append(p.path()).append(']'));
            } else {
                b.append(" configurationError[")
                        .append(((ScreeningResult.Misconfigured) r).error().parameter()).append(']');
            }
            lines.add(b.toString());
        }
        return lines;
    }

    static final List<String> EXPECTED = List.of(
            "1 HN-01:",                                                   // clean (a home that is declared)
            "2 HN-02: DECEASED_NOT_EXITED@m2",
            "3 HN-03: DEATH_EXIT_DUE@m2",
            "4 HN-04: IMPRISONED_COVERED@m2",
            "5 HN-05: COVERED_NOT_COUNTED@m2",
            "6 HN-06: DIBAO_AND_TEKUN@m2",
            // the same person covered in two cases also holds both cases' cards
            "8 HN-07: DUPLICATE_ENROLLMENT@m1 CARD_MULTIPLE_PER_PERSON@-",
            "9 HN-08: DUPLICATE_ENROLLMENT@h1 CARD_MULTIPLE_PER_PERSON@-",
            "10 HN-09: NOW_INELIGIBLE@-",
            "11 HN-10: AMOUNT_MISMATCH@-",
            "12 HN-11: MISSED_SINGLE_PERSON@m2",
            "13 HN-12: MISSED_SUBSIDY@m1",
            "14 HN-13: SUBSIDY_NOT_DUE@m1",
            "15 HN-14: RELATIVE_NOT_FILED@-",
            "16 HN-15: CARD_MULTIPLE_PER_HOUSEHOLD@-",
            "17 HN-16: CARD_MULTIPLE_PER_PERSON@-",
            "18 HN-17: CARD_MULTIPLE_PER_PERSON@-",
            "19 HN-18: CARD_HOLDER_MISMATCH@-",
            "20 HN-19: CARD_HELD_BY_STAFF@-",
            "21 HN-20:",                                                  // clean: a guardian holds the card
            "22 HN-21:",                                                  // clean: a legitimate phase-out
            "23 HN-22: REGISTRY_DECEASED@m2 DECEASED_NOT_EXITED@m2 AMOUNT_MISMATCH@-",
            "24 HN-23: REGISTRY_DETAINED@m2 IMPRISONED_COVERED@m2",
            "25 HN-24: REGISTRY_UNDECLARED_VEHICLE@m1 NOW_INELIGIBLE@-",
            "26 HN-25: REGISTRY_UNDECLARED_PROPERTY@m1 NOW_INELIGIBLE@-",
            "27 HN-26: REGISTRY_UNDECLARED_BUSINESS@m1",
            "28 HN-27: REGISTRY_PUBLIC_PAYROLL@m1",
            "29 HN-28: DIBAO_AND_TEKUN@m1",
            "30 HN-29: DUPLICATE_ENROLLMENT@m1",
            "31 null: errors[]",                                          // malformed JSON
            "32 HN-30: errors[kind]",                                     // an application is not an enrolled case
            "33 WJ-31: configurationError[standard]");                    // Wujin ships no standard

    @Test
    @DisplayName("每个埋设的问题都被发现，且只发现它：按输入顺序，信息比对在前")
    void everyPlantedFaultIsFlaggedExactly() {
        Run run = plantedRun(Locale.CHINESE, BatchOptions.threads(2));
        assertThat(summarize(run.results())).containsExactlyElementsOf(EXPECTED);
        EnumCoverage.assertEveryCodePlanted(run.results());
    }

    @Test
    @DisplayName("单线程与多线程结果相同")
    void sameResultsOnOneThread() {
        Run two = plantedRun(Locale.CHINESE, BatchOptions.threads(2));
        Run one = plantedRun(Locale.CHINESE, BatchOptions.singleThread());
        assertThat(summarize(one.results())).isEqualTo(summarize(two.results()));
        assertThat(findingsByCase(one.results())).isEqualTo(findingsByCase(two.results()));
        assertThat(one.summary()).isEqualTo(two.summary());
    }

    @Test
    @DisplayName("发现说明：可读、可追溯到规则和条款，身份证号已屏蔽")
    void detailsNameTheFactsAndTheRecord() {
        Run run = plantedRun(Locale.CHINESE, BatchOptions.threads(2));
        Map<String, List<Finding>> byCase = findingsByCase(run.results());
        assertThat(byCase.get("HN-02").get(0).detail())
                .isEqualTo("张桂兰（m2）已于 2020-01-10 死亡，超过 3 个月（应于 2020-04-10 前退出）仍在保障范围内");
        assertThat(byCase.get("HN-10").get(0).detail())
                .isEqualTo("复核应发 524.00 元/月，实发 600.00 元/月，每月多发 76.00 元");
        Finding death = byCase.get("HN-22").get(0);
        assertThat(death.detail()).contains("2020-01-05").contains("deaths.csv:2");
        assertThat(death.ruleId()).isEqualTo("DB-SCR-001");
        assertThat(death.clause()).startsWith("夏民办〔2023〕14号 四（三）");
        assertThat(byCase.get("HN-24").get(1).detail()).contains("车辆超标").contains("524.00");
        assertThat(byCase.get("HN-16").get(0).detail()).contains("**************115X").doesNotContain("62042219800505115X");
        assertThat(byCase.get("HN-12").get(0).detail()).isEqualTo("何永福（m1）应享重度残疾人护理补贴 100.00 元/月，未发放");
        assertThat(byCase.get("HN-29").get(0).detail()).contains("620102").contains("LZ-2020-0042");
    }

    @Test
    @DisplayName("English details with --lang en")
    void englishDetails() {
        Run run = plantedRun(Locale.ENGLISH, BatchOptions.threads(2));
        Map<String, List<Finding>> byCase = findingsByCase(run.results());
        assertThat(byCase.get("HN-10").get(0).detail())
                .isEqualTo("The re-evaluation pays 524.00 yuan a month; 600.00 yuan is paid, 76.00 yuan a month too much");
        assertThat(byCase.get("HN-24").get(1).detail()).contains("vehicle above the limit");
        assertThat(run.problems().get(0).message()).contains("must be a date");
    }

    @Test
    @DisplayName("漏保候选：监测对象中因病、因残且不在任何案件保障范围内的人，按登记顺序")
    void candidates() {
        Run run = plantedRun(Locale.CHINESE, BatchOptions.threads(2));
        assertThat(run.candidates()).containsExactly(
                new Candidate("MH-002", MonitoredRisk.ILLNESS, "**************133X", 3),
                new Candidate("MH-003", MonitoredRisk.DISABILITY, "**************1357", 4),
                // listed in a case (HN-11) but not covered there
                new Candidate("MH-005", MonitoredRisk.DISABILITY, "**************1080", 6));
    }

    @Test
    @DisplayName("登记表坏行：报告文件与行号，计数，不中断")
    void badRegistryRows() {
        Run run = plantedRun(Locale.CHINESE, BatchOptions.threads(2));
        assertThat(run.problems()).extracting(RegistryProblem::toString).containsExactly(
                "deaths.csv:4: deathDate \"2020-02-30\": 应为日期 YYYY-MM-DD（1900—2199 年）",
                "deaths.csv:5: idNumber \"12345\": 应为 15 或 18 位数字（末位可为 X）",
                "vehicles.csv:4: kind \"BOAT\": 应为以下之一：CAR, TRUCK, MOTORCYCLE, EBIKE, FARM_MACHINERY, DISABILITY_VEHICLE",
                "vehicles.csv:5: value \"1e5\": 应为金额（元），最多两位小数，如 80000.00",
                "monitored.csv:7: risk \"SICK\": 应为以下之一：ILLNESS, DISABILITY, ACCIDENT, EDUCATION, OTHER");
    }

    @Test
    @DisplayName("汇总：每项计数与两项金额精确")
    void summary() {
        ScreeningSummary s = plantedRun(Locale.CHINESE, BatchOptions.threads(2)).summary();
        assertThat(s.cases()).isEqualTo(32);
        assertThat(s.casesWithFindings()).isEqualTo(26);
        assertThat(s.invalid()).isEqualTo(2);
        assertThat(s.misconfigured()).isEqualTo(1);
        Map<FindingCode, Long> expected = new LinkedHashMap<>();
        for (FindingCode c : FindingCode.values()) {
            expected.put(c, 1L);
        }
        expected.put(FindingCode.DECEASED_NOT_EXITED, 2L);      // HN-02, HN-22 (registry death)
        expected.put(FindingCode.IMPRISONED_COVERED, 2L);       // HN-04, HN-23 (registry detention)
        expected.put(FindingCode.DIBAO_AND_TEKUN, 2L);          // HN-06, HN-28 (tekun roster)
        expected.put(FindingCode.DUPLICATE_ENROLLMENT, 3L);     // HN-07, HN-08, HN-29 (other region)
        expected.put(FindingCode.NOW_INELIGIBLE, 3L);           // HN-09, HN-24, HN-25
        expected.put(FindingCode.AMOUNT_MISMATCH, 2L);          // HN-10, HN-22
        expected.put(FindingCode.CARD_MULTIPLE_PER_PERSON, 4L); // HN-07, HN-08, HN-16, HN-17
        assertThat(s.findings()).isEqualTo(expected);
        assertThat(new ArrayList<>(s.findings().keySet())).containsExactly(FindingCode.values());
        Map<String, RegistryCount> registries = new LinkedHashMap<>();
        registries.put("deaths.csv", new RegistryCount(4, 2, 2));
        registries.put("detentions.csv", new RegistryCount(2, 0, 2));
        registries.put("vehicles.csv", new RegistryCount(4, 2, 2));
        registries.put("properties.csv", new RegistryCount(2, 0, 2));
        registries.put("businesses.csv", new RegistryCount(1, 0, 1));
        registries.put("public-payroll.csv", new RegistryCount(1, 0, 1));
        registries.put("tekun.csv", new RegistryCount(1, 0, 1));
        registries.put("dibao-elsewhere.csv", new RegistryCount(2, 0, 2));
        registries.put("monitored.csv", new RegistryCount(6, 1, 1));
        assertThat(s.registries()).containsExactlyEntriesOf(registries);
        assertThat(s.candidates()).isEqualTo(3);
        // overpaid: HN-09 524 + HN-24 524 + HN-25 524 (not eligible) + HN-10 76 + HN-22 524 (amount above)
        assertThat(s.monthlyOverpaid()).isEqualTo(Money.parse("2172.00"));
        // underpaid: HN-12's nursing subsidy, 100 a month
        assertThat(s.monthlyUnderpaid()).isEqualTo(Money.parse("100.00"));
    }

    @Test
    @DisplayName("不给登记表：只做在保对象排查")
    void withoutRegistries() {
        Run run = screen(ScreeningFixture.CASELOAD, Registries.none(), Locale.CHINESE, BatchOptions.threads(2));
        List<String> lines = summarize(run.results());
        // without the detention record, HN-23's son counts: the household is due 1048, not the 524 paid
        assertThat(lines).contains("23 HN-22:", "24 HN-23: AMOUNT_MISMATCH@-", "25 HN-24:", "26 HN-25:", "27 HN-26:", "28 HN-27:",
                "29 HN-28:", "30 HN-29:", "2 HN-02: DECEASED_NOT_EXITED@m2");
        assertThat(run.summary().registries()).isEmpty();
        assertThat(run.candidates()).isEmpty();
    }

    @Test
    @DisplayName("登记表目录中有未知文件名：用法错误，排查不开始")
    void unknownRegistryFileIsRefused() throws IOException {
        Files.writeString(dir.resolve("death.csv"), "idNumber,deathDate\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Registries.fromDirectory(dir)).isInstanceOf(RegistryFileException.class)
                .hasMessageContaining("death.csv");
    }

    @Test
    @DisplayName("登记表缺少必填列：用法错误，读名册之前就报告")
    void missingRequiredColumn() throws IOException {
        Files.writeString(dir.resolve("vehicles.csv"), "ownerIdNumber,registeredOn\n620422197202021279,2019-01-01\n",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> screen(ScreeningFixture.CASELOAD, Registries.fromDirectory(dir), Locale.CHINESE,
                BatchOptions.singleThread())).isInstanceOf(RegistryFileException.class)
                .hasMessageContaining("vehicles.csv").hasMessageContaining("kind");
    }

    @Test
    @DisplayName("CSV 引号：字段中的逗号、引号和换行按 RFC 4180 读取，列可任意顺序")
    void quotedFields() throws IOException {
        Files.writeString(dir.resolve("public-payroll.csv"),
                "employer,idNumber\n\"某局, \"\"综合\"\"科\n二室\",620422197404041302\n", StandardCharsets.UTF_8);
        Run run = screen(ScreeningFixture.CASELOAD, Registries.fromDirectory(dir), Locale.CHINESE,
                BatchOptions.singleThread());
        Finding f = findingsByCase(run.results()).get("HN-27").get(0);
        assertThat(f.code()).isEqualTo(FindingCode.REGISTRY_PUBLIC_PAYROLL);
        assertThat(f.detail()).contains("某局, \"综合\"科\n二室").contains("public-payroll.csv:2");
        assertThat(run.problems()).isEmpty();
    }

    static Map<String, List<Finding>> findingsByCase(List<ScreeningResult> results) {
        Map<String, List<Finding>> byCase = new LinkedHashMap<>();
        for (ScreeningResult r : results) {
            if (r instanceof ScreeningResult.Screened s) {
                byCase.put(s.caseId(), s.findings());
            }
        }
        return byCase;
    }

    /** Every finding code is planted at least once in the caseload. */
    static final class EnumCoverage {
        static void assertEveryCodePlanted(List<ScreeningResult> results) {
            List<FindingCode> seen = results.stream().filter(r -> r instanceof ScreeningResult.Screened)
                    .flatMap(r -> ((ScreeningResult.Screened) r).findings().stream()).map(Finding::code).toList();
            assertThat(seen).containsAll(List.of(FindingCode.values()));
        }
    }
}
