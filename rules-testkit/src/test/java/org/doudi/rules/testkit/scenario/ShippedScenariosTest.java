package org.doudi.rules.testkit.scenario;

import org.doudi.rules.scenario.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.doudi.rules.profile.Profile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The shipped scenario suite ({@code scenarios/} at the project root): every scenario passes, every rule of the built-in
 * rule base fires in at least one scenario, and every shipped profile and policy area has scenarios.
 */
class ShippedScenariosTest {

    static final Path SUITE = Path.of("../scenarios");

    static ScenarioRunner runner;
    static ScenarioReport report;

    @BeforeAll
    static void runOnce() {
        runner = ScenarioRunner.builtIn();
        report = runner.run(SUITE);
    }

    @TestFactory
    @DisplayName("场景文件（按政策领域）")
    Stream<DynamicNode> shippedScenarios() {
        return ScenarioTests.from(runner, SUITE);
    }

    @Test
    @DisplayName("全部场景通过")
    void everyScenarioPasses() {
        assertThat(report.failures()).as(() -> report.failures().stream().map(ScenarioResult::describe)
                .collect(Collectors.joining("\n\n"))).isEmpty();
        assertThat(report.passed()).isGreaterThan(150);
    }

    @Test
    @DisplayName("规则覆盖完整：每条规则至少在一个场景中触发")
    void everyRuleFires() {
        RuleCoverage coverage = report.coverage();
        assertThat(coverage.rules()).hasSizeGreaterThanOrEqualTo(80);
        assertThat(coverage.unfired()).as(coverage::describe).isEmpty();
        assertThat(coverage.complete()).isTrue();
        assertThat(coverage.describe()).isEqualTo("All " + coverage.rules().size() + " rules fired.");
    }

    @Test
    @DisplayName("每个政策领域都有场景文件夹，每个随附档案都有场景")
    void everyAreaAndProfileIsCovered() {
        for (String area : List.of("02-members", "03-income", "04-assets", "05-whole-household", "06-single-person",
                "07-category", "08-amount", "09-phase-out-and-exit", "10-temporary-assistance",
                "11-disability-subsidies", "12-verification", "16-explanations", "uprating")) {
            assertThat(SUITE.resolve(area)).as(area).isDirectory();
            assertThat(report.results()).as(area)
                    .anySatisfy(r -> assertThat(r.scenario().file().startsWith(SUITE.resolve(area))).isTrue());
        }
        Set<String> profilesUsed = new HashSet<>();
        for (ScenarioResult r : report.results()) {
            JsonNode request = r.scenario().request();
            if (request != null && request.hasNonNull("profile")) {
                profilesUsed.add(request.get("profile").asText());
            }
            if (request != null && request.hasNonNull("region")) {
                runner.service().profiles().byRegion(request.get("region").asText())
                        .ifPresent(p -> profilesUsed.add(p.id()));
            }
        }
        for (Profile p : runner.service().profiles().all()) {
            if (!p.isBase()) {
                assertThat(profilesUsed).as("scenarios for profile " + p.id()).contains(p.id());
            }
        }
    }

    @Test
    @DisplayName("调标场景：每个随附标准的每次调整都有调整前一天和当天的场景")
    void everyUpratingDateHasTheDayBeforeAndTheDay() {
        Set<String> dates = report.results().stream()
                .filter(r -> r.scenario().file().startsWith(SUITE.resolve("uprating")))
                .map(r -> r.scenario().request().get("profile").asText() + " "
                        + r.scenario().request().get("residence").asText() + " "
                        + r.scenario().request().get("asOf").asText())
                .collect(Collectors.toSet());
        for (String residence : List.of("URBAN", "RURAL")) {
            for (String[] change : new String[][] {{"2019-06-30", "2019-07-01"}, {"2020-05-31", "2020-06-01"},
                    {"2021-06-30", "2021-07-01"}, {"2023-06-30", "2023-07-01"}}) {
                assertThat(dates).contains("yn-ludian " + residence + " " + change[0],
                        "yn-ludian " + residence + " " + change[1]);
            }
            assertThat(dates).contains("gs-huining " + residence + " 2020-12-31", "gs-huining " + residence + " 2021-01-01",
                    "hn-xiayi " + residence + " 2018-12-31", "hn-xiayi " + residence + " 2019-01-01");
        }
    }

    @Test
    @DisplayName("参数文件夹不被当作场景文件")
    void paramsFoldersAreNotScenarios() throws Exception {
        assertThat(Files.isDirectory(SUITE.resolve("params/wujin"))).isTrue();
        assertThat(ScenarioLoader.findFiles(SUITE)).noneMatch(f -> f.startsWith(SUITE.resolve("params")));
    }
}
