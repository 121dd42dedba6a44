package org.doudi.rules.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The twelve worked examples of the specification, each run through {@code doudi evaluate} exactly as an external
 * system would: exit code, and every field of the decision (reasons are checked by the codes that must be among them;
 * error messages are the project's own, so only error paths are compared).
 */
class WorkedExamplesTest {

    static final List<String> EXAMPLES = List.of(
            "01-huining-rural-category2", "02-ludian-urban-gap", "03-ludian-rural-yearly-standard",
            "04-xiayi-graded-gap", "05-huining-edge-single-person", "06-huining-illness-not-alone",
            "07-xiayi-relaxed-single", "08-huining-phase-out", "09-huining-voluntary-exit",
            "10-ludian-relative-and-panel", "11-invalid-request", "12-configuration-error");

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyWorkedExample() {
        return EXAMPLES.stream().map(name -> DynamicTest.dynamicTest(name, () -> check(name)));
    }

    private void check(String name) throws IOException {
        JsonNode example;
        try (InputStream in = getClass().getResourceAsStream("/examples/" + name + ".json")) {
            example = Cli.JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        Path request = dir.resolve(name + "-request.json");
        Files.writeString(request, Cli.JSON.writeValueAsString(example.get("request")));
        Cli.Result result = Cli.run("evaluate", request.toString());
        JsonNode expected = example.get("expected").get("output");
        assertThat(result.exit()).as("exit code of %s\n%s", name, result).isEqualTo(example.get("expected").get("exit").asInt());
        JsonNode actual = result.json();
        if (expected.has("errors")) {
            assertThat(paths(actual)).as(name).isEqualTo(paths(expected));
        } else if (expected.has("configurationError")) {
            assertThat(actual).as(name).isEqualTo(expected);
        } else {
            ObjectNode decision = ((ObjectNode) actual).deepCopy();
            List<String> codes = new ArrayList<>();
            decision.get("reasons").forEach(r -> codes.add(r.get("code").asText()));
            decision.remove(List.of("reasons", "firedRules"));
            ObjectNode wanted = ((ObjectNode) expected).deepCopy();
            List<String> wantedCodes = new ArrayList<>();
            wanted.get("reasonCodes").forEach(c -> wantedCodes.add(c.asText()));
            wanted.remove("reasonCodes");
            assertThat(decision).as("decision of %s", name).isEqualTo(wanted);
            assertThat(codes).as("reason codes of %s", name).containsAll(wantedCodes);
        }
    }

    private static Set<String> paths(JsonNode errors) {
        Set<String> paths = new HashSet<>();
        errors.get("errors").forEach(e -> paths.add(e.get("path").asText()));
        return paths;
    }
}
