package org.doudi.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code doudi compare}: Xiayi's rural standard raised by 10 % from 2024-01-01, on a small caseload. */
class CompareCommandTest {

    @TempDir
    Path tmp;

    private Path params;
    private Path caseload;

    private static String request(String caseId, String asOf, String residence, String income) {
        return "{\"caseId\": \"" + caseId + "\", \"kind\": \"APPLICATION\", \"profile\": \"hn-xiayi\", \"asOf\": \""
                + asOf + "\", \"residence\": \"" + residence + "\", \"members\": ["
                + "{\"id\": \"m1\", \"name\": \"孙建设\", \"relation\": \"HEAD\", \"birthDate\": \"1966-07-07\","
                + " \"laborCapacity\": \"PARTIAL\", \"chronicIllness\": true,"
                + " \"incomes\": [{\"type\": \"WAGE\", \"monthly\": \"" + income + "\"}]},"
                + "{\"id\": \"m2\", \"name\": \"周玉霞\", \"relation\": \"SPOUSE\", \"birthDate\": \"1969-09-09\","
                + " \"laborCapacity\": \"FULL\"}]}";
    }

    @BeforeEach
    void files() throws Exception {
        params = Files.createDirectory(tmp.resolve("params"));
        Files.writeString(params.resolve("hn-xiayi.yaml"), """
                id: hn-xiayi
                parameters:
                  standard:
                    RURAL:
                      - {from: 2024-01-01, yearly: 4246, source: "测算：农村低保标准上调10%"}
                """);
        caseload = tmp.resolve("caseload.jsonl");
        Files.write(caseload, List.of(
                request("XY-A", "2019-05-01", "RURAL", "600.00"),   // before the new date: unchanged
                request("XY-B", "2024-03-01", "RURAL", "680.00"),   // 680 ≥ 2 × 321.67, < 2 × 353.83: newly eligible
                "",
                request("XY-C", "2024-03-01", "URBAN", "600.00"),   // urban: unchanged
                "{\"caseId\": \"BAD\"}"), StandardCharsets.UTF_8);
    }

    @Test
    void counts_costs_and_lists_the_changed_cases() throws Exception {
        Path out = tmp.resolve("changed.jsonl");
        Path summary = tmp.resolve("summary.json");
        Cli.Result r = Cli.run("compare", "--params", params.toString(), "--out", out.toString(), "--summary",
                summary.toString(), "--threads", "2", caseload.toString());
        assertThat(r.exit()).as("%s", r).isZero();

        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1);
        JsonNode line = Cli.JSON.readTree(lines.get(0));
        assertThat(line.get("line").asInt()).isEqualTo(2);
        assertThat(line.get("caseId").asText()).isEqualTo("XY-B");
        assertThat(line.get("residence").asText()).isEqualTo("RURAL");
        assertThat(line.at("/changes/outcome/before").asText()).isEqualTo("INELIGIBLE");
        assertThat(line.at("/changes/outcome/after").asText()).isEqualTo("ELIGIBLE");
        assertThat(line.at("/changes/coverage/before").asText()).isEqualTo("NONE");
        assertThat(line.at("/changes/coverage/after").asText()).isEqualTo("WHOLE_HOUSEHOLD");
        // graded gap, category 3: max(gap 707.66 − 680 = 27.66, floor 0.30 × 707.66 = 212.298) → 213 yuan
        assertThat(line.at("/changes/monthlyAmount/before").asText()).isEqualTo("0.00");
        assertThat(line.at("/changes/monthlyAmount/after").asText()).isEqualTo("213.00");
        assertThat(line.at("/changes/monthlyAmount/difference").asText()).isEqualTo("213.00");
        assertThat(line.get("newlyEligible").asBoolean()).isTrue();

        JsonNode s = Cli.JSON.readTree(Files.readString(summary));
        assertThat(s.get("cases").asInt()).isEqualTo(4);
        assertThat(s.get("changed").asInt()).isEqualTo(1);
        assertThat(s.get("newlyEligible").asInt()).isEqualTo(1);
        assertThat(s.get("newlyIneligible").asInt()).isZero();
        assertThat(s.at("/notDecided/before").asInt()).isEqualTo(1);
        assertThat(s.at("/notDecided/after").asInt()).isEqualTo(1);
        assertThat(s.at("/monthlyTotal/difference").asText()).isEqualTo("213.00");
        assertThat(s.at("/yearlyTotal/difference").asText()).isEqualTo("2556.00");
        assertThat(s.at("/monthlyTotal/after").asText()).isEqualTo(
                new java.math.BigDecimal(s.at("/monthlyTotal/before").asText()).add(new java.math.BigDecimal("213.00"))
                        .toString());
        assertThat(s.get("groups")).hasSize(3); // hn-xiayi RURAL, hn-xiayi URBAN, the unreadable line
        // groups by profile, then residence in the contract's order (URBAN, RURAL), unknown last
        assertThat(s.at("/groups/0/residence").asText()).isEqualTo("URBAN");
        assertThat(s.at("/groups/0/changed").asInt()).isZero();
        assertThat(s.at("/groups/1/profile").asText()).isEqualTo("hn-xiayi");
        assertThat(s.at("/groups/1/residence").asText()).isEqualTo("RURAL");
        assertThat(s.at("/groups/1/changed").asInt()).isEqualTo(1);
        assertThat(s.at("/groups/2/profile").isNull()).isTrue();

        assertThat(r.out()).contains("案件 4 件，决定有变化 1 件")
                .contains("新纳入低保 1 件，不再符合低保 0 件")
                .contains("差额 +213.00 元")
                .contains("差额 +2556.00 元")
                .contains("hn-xiayi 农村：案件 2，有变化 1");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void english_summary_on_standard_input() throws Exception {
        Cli.Result r = Cli.runWithInput(Files.readString(caseload), "compare", "--params", params.toString(),
                "--lang", "en", "-");
        assertThat(r.exit()).as("%s", r).isZero();
        assertThat(r.out()).contains("Cases: 4, with a changed decision: 1")
                .contains("newly eligible 1, newly ineligible 0")
                .contains("difference +213.00 yuan")
                // every amount of the English summary says its unit, as the Chinese one does
                .containsPattern("Monthly total paid: before [0-9.]+ yuan, after [0-9.]+ yuan, difference \\+213\\.00 yuan")
                .containsPattern("Yearly total paid \\(monthly × 12\\): before [0-9.]+ yuan, after [0-9.]+ yuan,"
                        + " difference \\+2556\\.00 yuan");
    }

    @Test
    void the_same_version_twice_is_a_usage_error() {
        Cli.Result r = Cli.run("compare", caseload.toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).contains("没有可对比的改动");
    }

    @Test
    void a_broken_overlay_is_a_configuration_error() throws Exception {
        Files.writeString(params.resolve("hn-xiayi.yaml"), "id: hn-xiayi\nparameters:\n  standrd: {}\n");
        Cli.Result r = Cli.run("compare", "--params", params.toString(), caseload.toString());
        assertThat(r.exit()).as("%s", r).isEqualTo(ExitCodes.CONFIGURATION_ERROR);
        assertThat(r.out()).contains("standrd");
    }
}
