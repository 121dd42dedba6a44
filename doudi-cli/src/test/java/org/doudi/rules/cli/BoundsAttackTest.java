package org.doudi.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.doudi.rules.api.validation.Bounds;

/**
 * The hardening attacks on the contract's bounds made through the command line, as they were made: each now ends
 * with a normal answer (an error list, a failed scenario) instead of a crash, a stall or a missing line.
 */
class BoundsAttackTest {

    @TempDir
    Path dir;

    private static ObjectNode request(String example) {
        try (java.io.InputStream in = BoundsAttackTest.class.getResourceAsStream("/examples/" + example)) {
            return (ObjectNode) Cli.JSON.readTree(in).get("request").deepCopy();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("defect 12: a batch line of only U+001C-U+001F gets its own output line, an error at path \"\"")
    void controlCharacterLineIsAnswered() {
        String valid = request("04-xiayi-graded-gap.json").toString();
        Path batch = Cli.write(dir.resolve("batch.jsonl"), valid + "\n\u001c\u001d\u001e\u001f\n \t\n" + valid + "\n");

        Cli.Result r = Cli.run("evaluate", "--batch", batch.toString());

        assertThat(r.exit()).as(r.toString()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).startsWith("{\"line\":2,\"caseId\":null,\"errors\":[{\"path\":\"\",\"message\":\"malformed JSON");
    }

    @Test
    @DisplayName("defect 13: evaluate with asOf 9999-12-31 in a phase-out is an invalid request at asOf (exit 2)")
    void asOfBeyond2199() {
        ObjectNode phaseOut = request("08-huining-phase-out.json");
        phaseOut.put("asOf", "9999-12-31");
        Path file = Cli.write(dir.resolve("r.json"), phaseOut.toString());

        Cli.Result r = Cli.run("evaluate", file.toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(2);
        assertThat(r.out()).doesNotContain("10000-");
        JsonNode errors = r.json().get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("path").asText()).isEqualTo("asOf");
        assertThat(errors.get(0).get("message").asText()).isEqualTo(Bounds.YEAR_MESSAGE);
    }

    @Test
    @DisplayName("defect 1: a one-megabyte amount is an invalid request naming the bound (exit 2)")
    void megabyteAmount() {
        ObjectNode request = request("04-xiayi-graded-gap.json");
        ((ObjectNode) request.get("members").get(0)).putArray("incomes").addObject().put("type", "WAGE")
                .put("monthly", "1".repeat(1_000_000));
        Path file = Cli.write(dir.resolve("r.json"), request.toString());

        Cli.Result r = Cli.run("evaluate", file.toString());

        assertThat(r.exit()).as(r::toString).isEqualTo(2);
        assertThat(r.json().get("errors").get(0).get("message").asText()).isEqualTo(Bounds.MONEY_MESSAGE);
    }

    @Test
    @DisplayName("defect 9: doudi test on a scenario with caseId: 1e999999999 fails that scenario, naming the bound")
    void hugeYamlNumber() {
        Path scenario = Cli.write(dir.resolve("huge.yaml"), """
                - name: 一个极大的数字
                  request:
                    caseId: 1e999999999
                    kind: APPLICATION
                    profile: hn-xiayi
                    asOf: 2019-05-01
                    residence: RURAL
                    members:
                      - {id: m1, relation: HEAD, birthDate: 1966-07-07, laborCapacity: FULL}
                  expect:
                    outcome: ELIGIBLE
                    monthlyAmount: 1e999999999
                """);

        Cli.Result r = Cli.run("test", scenario.toString());

        assertThat(r.exit()).as(r::toString).isEqualTo(1);
        assertThat(r.out()).contains("caseId").contains(Bounds.STRING_MESSAGE).endsWith("0 passed, 1 failed\n");
        assertThat(r.err()).doesNotContain("Exception");
    }
}
