package org.doudi.rules.testkit.scenario;

import org.doudi.rules.scenario.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.doudi.rules.api.batch.BatchOptions;
import org.doudi.rules.api.json.DoudiJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The scenario runner itself: failure reports, malformed scenarios, matching rules, folder search, JUnit entry. */
class ScenarioRunnerTest {

    static final Path FIXTURES = Path.of("src/test/resources/scenario-fixtures");
    static final Path WRONG = FIXTURES.resolve("wrong/wrong-amount.yaml");
    static final Path MALFORMED = FIXTURES.resolve("malformed");
    static final YAMLMapper YAML = DoudiJson.configureForReading(new YAMLMapper());

    static ScenarioRunner runner;

    @BeforeAll
    static void buildOnce() {
        runner = ScenarioRunner.builtIn();
    }

    static ScenarioResult result(ScenarioReport report, String nameStart) {
        return report.results().stream().filter(r -> r.scenario().name().startsWith(nameStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no scenario " + nameStart));
    }

    @Nested
    @DisplayName("a wrong expectation")
    class WrongExpectation {

        @Test
        @DisplayName("fails with a message naming file, line, scenario, field, expected and actual")
        void readableMessage() {
            ScenarioReport report = runner.run(WRONG);
            assertThat(report.passed()).isEqualTo(1);
            assertThat(report.failed()).isEqualTo(6);
            assertThat(report.summary()).isEqualTo("1 passed, 6 failed");
            ScenarioResult wrong = result(report, "夏邑农村三类户：故意写错的金额");
            assertThat(wrong.failures()).containsExactly(
                    ScenarioFailure.mismatch("units[0].monthlyAmount", "\"195.00\"", "\"194.00\""));
            assertThat(wrong.describe()).isEqualTo(WRONG + ":16: 夏邑农村三类户：故意写错的金额 195 元\n"
                    + "  units[0].monthlyAmount: expected \"195.00\", actual \"194.00\"");
            assertThat(wrong.firedRules()).contains("DB-PAY-003");
        }

        @Test
        @DisplayName("money is compared as written: 194 is not \"194.00\"; lists by length; every difference is listed")
        void everyDifference() {
            ScenarioResult r = result(runner.run(WRONG), "金额写成整数");
            assertThat(r.failures()).extracting(ScenarioFailure::field)
                    .containsExactly("monthlyAmount", "units", "phaseOut", "reasons");
            assertThat(r.failures().get(0).describe()).isEqualTo("monthlyAmount: expected 194, actual \"194.00\"");
            assertThat(r.failures().get(1).describe()).contains("expected 0 elements, found 1");
            assertThat(r.failures().get(3).describe()).startsWith("reasons: expected a reason PHASE_OUT, actual ");
        }

        @Test
        @DisplayName("the wrong kind of outcome is reported: decision, invalid request, configuration error")
        void wrongKindOfOutcome() {
            ScenarioReport report = runner.run(WRONG);
            assertThat(result(report, "期望无效请求").describe())
                    .contains("errors: expected an invalid request with errors at [members], actual a decision");
            assertThat(result(report, "期望决定").describe())
                    .contains("expected a decision, but the request is invalid: errors [members[0].birthDate");
            assertThat(result(report, "期望配置错误").describe())
                    .contains("configurationError: expected a configuration error, actual a decision");
            assertThat(result(report, "参数文件夹不存在").describe()).contains("no-such-folder does not exist");
        }

        @Test
        @DisplayName("as a JUnit dynamic test: fails with the same message and the expected and actual values")
        void dynamicTestFails() throws Throwable {
            List<DynamicNode> files = ScenarioTests.from(runner, WRONG).toList();
            assertThat(files).singleElement().isInstanceOf(DynamicContainer.class);
            DynamicContainer file = (DynamicContainer) files.get(0);
            assertThat(file.getDisplayName()).isEqualTo(WRONG.toString());
            List<DynamicTest> tests = file.getChildren().map(DynamicTest.class::cast).toList();
            assertThat(tests).hasSize(7);
            assertThat(tests.get(1).getTestSourceUri()).hasValueSatisfying(
                    uri -> assertThat(uri.toString()).endsWith("wrong-amount.yaml?line=16"));
            tests.get(0).getExecutable().execute(); // the correct expectation passes
            assertThatThrownBy(() -> tests.get(1).getExecutable().execute())
                    .isInstanceOfSatisfying(AssertionFailedError.class, e -> {
                        assertThat(e.getMessage()).contains("wrong-amount.yaml:16", "故意写错的金额",
                                "units[0].monthlyAmount", "\"195.00\"", "\"194.00\"");
                        assertThat(e.getExpected().getValue()).isEqualTo("\"195.00\"");
                        assertThat(e.getActual().getValue()).isEqualTo("\"194.00\"");
                    });
        }
    }

    @Nested
    @DisplayName("a partial reason in expectReasons")
    class PartialReasons {

        static final Path FILE = FIXTURES.resolve("wrong/wrong-reason-figures.yaml");

        @Test
        @DisplayName("passes when some reason matches every field given, a plain code alongside")
        void matches() {
            ScenarioResult r = result(runner.run(FILE), "单人户本人收入 300 元");
            assertThat(r.failures()).isEmpty();
            assertThat(r.scenario().expectReasons()).containsExactly("SINGLE_PERSON_COVERED");
            assertThat(r.scenario().expectReasonsWith()).hasSize(1);
        }

        @Test
        @DisplayName("a wrong figure fails, showing the reasons of that code and where the closest differs")
        void wrongFigure() {
            ScenarioResult r = result(runner.run(FILE), "单人户本人收入故意写成");
            assertThat(r.failures()).singleElement().satisfies(f -> {
                assertThat(f.field()).isEqualTo("reasons");
                assertThat(f.expected()).isEqualTo("a reason {\"code\":\"SINGLE_PERSON_COVERED\",\"memberId\":\"m2\","
                        + "\"figures\":{\"net\":\"3100.00\",\"standard\":\"520.00\"}}");
                assertThat(f.actual()).contains("\"net\":\"300.00\"");
                assertThat(f.detail()).isEqualTo("closest SINGLE_PERSON_COVERED differs at figures.net: \"300.00\" "
                        + "instead of \"3100.00\"");
            });
        }

        @Test
        @DisplayName("a code the decision lacks fails, listing the codes it has")
        void absentCode() {
            ScenarioResult r = result(runner.run(FILE), "期望的理由没有");
            assertThat(r.failures()).singleElement().satisfies(f -> {
                assertThat(f.expected()).startsWith("a reason {\"code\":\"SINGLE_PERSON_INCOME_NOT_BELOW\"");
                assertThat(f.actual()).contains("SINGLE_PERSON_COVERED", "INCOME_EXCLUDED");
            });
        }

        @Test
        @DisplayName("an item that is neither a code nor a mapping with a code makes the scenario malformed")
        void malformed() {
            ScenarioResult r = result(runner.run(FILE), "理由写成");
            assertThat(r.scenario().problems()).singleElement().asString()
                    .startsWith("'expectReasons' must be a list of reason codes or of partial reasons with a 'code'");
        }
    }

    @Nested
    @DisplayName("malformed scenarios")
    class Malformed {

        @Test
        @DisplayName("an unknown key, both expect and expectErrors, neither, no name: each a failure with its line")
        void malformedScenariosFail() {
            ScenarioReport report = runner.run(MALFORMED.resolve("malformed.yaml"));
            assertThat(report.passed()).isZero();
            assertThat(report.failed()).isEqualTo(4);
            assertThat(report.results()).allSatisfy(r -> assertThat(r.scenario().isMalformed()).isTrue());
            assertThat(result(report, "写错的键").describe()).startsWith(
                    MALFORMED.resolve("malformed.yaml") + ":2: 写错的键")
                    .contains("unknown key 'expected' (did you mean 'expect'?)");
            assertThat(result(report, "同时有").describe()).contains(":7: ")
                    .contains("give only one of 'expect', 'expectErrors' and 'expectConfigurationError'");
            assertThat(result(report, "既没有").describe())
                    .contains("one of 'expect', 'expectErrors' or 'expectConfigurationError' is required");
            assertThat(result(report, "第 4 个场景").describe()).contains(":17: ", "'name' is required");
        }

        @Test
        @DisplayName("YAML that does not parse, or is not a list: one failure naming the file and line")
        void brokenFiles() {
            ScenarioReport report = runner.run(MALFORMED.resolve("does-not-parse.yaml"),
                    MALFORMED.resolve("not-a-list.yml"));
            assertThat(report.summary()).isEqualTo("0 passed, 2 failed");
            assertThat(report.results().get(0).describe())
                    .startsWith(MALFORMED.resolve("does-not-parse.yaml") + ":4: ").contains("YAML does not parse");
            assertThat(report.results().get(1).describe()).contains("must be a list of scenarios");
        }

        @Test
        @DisplayName("a duplicate key, a duplicate scenario name, expectReasons without expect, a bad expectConfigurationError")
        void moreProblems() {
            Path file = Path.of("inline.yaml");
            String request = "  request: {caseId: X, kind: APPLICATION, profile: hn-xiayi, asOf: 2019-05-01, "
                    + "residence: RURAL, members: [{id: m1, relation: HEAD, birthDate: 1966-07-07, laborCapacity: FULL}]}\n";
            assertThat(ScenarioLoader.parse(file, "- name: a\n  name: b\n" + request + "  expect: {}\n"))
                    .singleElement().satisfies(s -> {
                        assertThat(s.problems()).singleElement().asString().contains("does not parse", "Duplicate");
                        assertThat(s.line()).isEqualTo(2);
                    });
            List<Scenario> twice = ScenarioLoader.parse(file,
                    "- name: a\n" + request + "  expect: {}\n- name: a\n" + request + "  expect: {}\n");
            assertThat(twice.get(0).isMalformed()).isFalse();
            assertThat(twice.get(1).problems()).containsExactly("another scenario of this file has the same name");
            assertThat(ScenarioLoader.parse(file, "- name: a\n" + request + "  expectErrors: []\n  expectReasons: [X]\n")
                    .get(0).problems()).containsExactly("'expectReasons' goes with 'expect' (a decision's reasons)");
            assertThat(ScenarioLoader.parse(file, "- name: a\n" + request + "  expectConfigurationError: false\n")
                    .get(0).problems()).contains("'expectConfigurationError' must be true (leave it out otherwise)");
        }

        @Test
        @DisplayName("a path that does not exist is a failure, not an empty success")
        void missingPath() {
            ScenarioReport report = runner.run(FIXTURES.resolve("no-such-file.yaml"));
            assertThat(report.summary()).isEqualTo("0 passed, 1 failed");
            assertThat(report.results().get(0).describe()).contains("no such file");
        }
    }

    @Nested
    @DisplayName("matching")
    class Matching {

        static JsonNode yaml(String text) throws Exception {
            return YAML.readTree(text);
        }

        static List<ScenarioFailure> compare(String expected, String actualJson) throws Exception {
            return ExpectationMatcher.compare(yaml(expected), DoudiJson.mapper().readTree(actualJson));
        }

        @Test
        @DisplayName("only named fields; a key given as null must be present with null; absent is not null")
        void nulls() throws Exception {
            String actual = "{\"disabilitySubsidies\": [{\"memberId\": \"m1\", \"nursing\": null}], \"x\": 1}";
            assertThat(compare("disabilitySubsidies: [{memberId: m1, nursing: null}]", actual)).isEmpty();
            assertThat(compare("disabilitySubsidies: [{memberId: m1, living: null}]", actual)).containsExactly(
                    ScenarioFailure.mismatch("disabilitySubsidies[0].living", "null", ExpectationMatcher.ABSENT));
            assertThat(compare("x: null", actual)).containsExactly(ScenarioFailure.mismatch("x", "null", "1"));
        }

        @Test
        @DisplayName("scalars by their text as written: 300.00 = \"300.00\" ≠ 300 and ≠ 300.0; 1 = 1; dates as text")
        void scalars() throws Exception {
            String actual = "{\"m\": \"300.00\", \"c\": 1, \"d\": \"2020-06-15\", \"b\": true}";
            assertThat(compare("{m: 300.00, c: 1, d: 2020-06-15, b: true}", actual)).isEmpty();
            assertThat(compare("{m: \"300.00\"}", actual)).isEmpty();
            assertThat(compare("{m: 300}", actual)).hasSize(1);
            assertThat(compare("{m: 300.0}", actual)).containsExactly(
                    ScenarioFailure.mismatch("m", "\"300.0\"", "\"300.00\""));
        }

        @Test
        @DisplayName("lists element by element, in order, of equal length")
        void lists() throws Exception {
            String actual = "{\"l\": [\"a\", \"b\"]}";
            assertThat(compare("l: [a, b]", actual)).isEmpty();
            assertThat(compare("l: [b, a]", actual)).extracting(ScenarioFailure::field).containsExactly("l[0]", "l[1]");
            assertThat(compare("l: [a]", actual)).singleElement()
                    .satisfies(f -> assertThat(f.detail()).isEqualTo("expected 1 elements, found 2"));
        }
    }

    @Test
    @DisplayName("folders are searched recursively for *.yaml and *.yml, skipping params folders")
    void folderSearch() throws Exception {
        assertThat(ScenarioLoader.findFiles(FIXTURES)).extracting(p -> FIXTURES.relativize(p).toString())
                .containsExactly("malformed/does-not-parse.yaml", "malformed/malformed.yaml", "malformed/not-a-list.yml",
                        "passing/payment-modes.yaml", "wrong/wrong-amount.yaml", "wrong/wrong-reason-figures.yaml");
        assertThat(ScenarioLoader.findFiles(Path.of("../scenarios")))
                .noneMatch(p -> p.toString().contains("params"));
    }

    @Test
    @DisplayName("a passing file: every scenario passes and the rules it fired are counted")
    void passingFile() {
        ScenarioReport report = runner.run(FIXTURES.resolve("passing"));
        assertThat(report.allPassed()).isTrue();
        assertThat(report.summary()).isEqualTo("8 passed, 0 failed");
        assertThat(report.coverage().fired()).contains("DB-PAY-001", "DB-PAY-002", "DB-PAY-003");
        assertThat(report.coverage().unfired()).extracting(RuleCoverage.RuleInfo::id).contains("DB-VX-001");
        assertThat(report.coverage().unfired()).filteredOn(r -> r.id().equals("DB-VX-001")).singleElement()
                .satisfies(r -> assertThat(r.describe()).isEqualTo("DB-VX-001  主动申请退出低保  (voluntary_exit.drl)"));
        Stream<DynamicNode> nodes = ScenarioTests.from(FIXTURES.resolve("passing"));
        assertThat(nodes).hasSize(1);
    }

    @Test
    @DisplayName("scenarios of many files give the same results, in the same order, on one thread and on several")
    void sameResultsWhateverTheThreads() {
        List<Path> paths = List.of(Path.of("../scenarios"), FIXTURES);
        ScenarioReport one = runner.run(paths, BatchOptions.singleThread());
        ScenarioReport several = runner.run(paths, new BatchOptions(3, 5, 2));

        assertThat(one.results()).hasSizeGreaterThan(150);
        assertThat(several.results()).extracting(ScenarioResult::describe)
                .containsExactlyElementsOf(one.results().stream().map(ScenarioResult::describe).toList());
        assertThat(several.results()).extracting(ScenarioResult::firedRules)
                .containsExactlyElementsOf(one.results().stream().map(ScenarioResult::firedRules).toList());
        assertThat(several.summary()).isEqualTo(one.summary());
        assertThat(several.coverage().fired()).isEqualTo(one.coverage().fired());
    }
}
