package org.doudi.rules.testkit.mutants;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.Problem;
import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.json.DecodedRequest;
import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.drools.DroolsEligibilityService;
import org.doudi.rules.drools.RuleSet;
import org.doudi.rules.profile.ProfileRepository;
import org.doudi.rules.scenario.Scenario;
import org.doudi.rules.scenario.ScenarioLoader;
import org.doudi.rules.scenario.ScenarioResult;
import org.doudi.rules.scenario.ScenarioRunner;

/**
 * What a seeded mistake must get past: the worked examples (each compared as the command line's test of them does:
 * outcome kind, every field of the decision, the reason codes that must be among its reasons, the error paths) and
 * every scenario of the scenario suite, through the scenario runner. The profiles (built-in, and each scenario
 * folder's {@code params} overlay) are loaded once; only the rules change from one mutant to the next.
 */
final class SuiteChecks {

    /** A worked example: its file, request and expected output. */
    private record Example(String name, JsonNode request, JsonNode expected) {
    }

    private final List<Example> examples = new ArrayList<>();
    /** Scenarios by profile overlay folder (the key {@code Path.of("")} for none), each with its overlay removed. */
    private final Map<Path, List<Scenario>> scenarios = new LinkedHashMap<>();
    private final Map<Path, ProfileRepository> profiles = new LinkedHashMap<>();

    SuiteChecks(Path scenarioFolder, Path exampleFolder) throws IOException {
        try (Stream<Path> files = Files.list(exampleFolder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode example = DoudiJson.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
                examples.add(new Example(exampleFolder.resolve(file.getFileName()).toString(), example.get("request"),
                        example.get("expected").get("output")));
            }
        }
        for (Path file : ScenarioLoader.findFiles(scenarioFolder)) {
            for (Scenario s : ScenarioLoader.load(file)) {
                if (s.isMalformed()) {
                    throw new IllegalStateException("malformed scenario " + s.location() + ": " + s.problems());
                }
                Path params = s.params() == null ? Path.of("") : s.params();
                scenarios.computeIfAbsent(params, p -> new ArrayList<>()).add(new Scenario(s.file(), s.line(),
                        s.index(), s.name(), s.clause(), s.request(), s.expect(), s.expectErrors(),
                        s.expectConfigurationError(), s.expectReasons(), s.expectReasonsWith(), null, s.problems()));
            }
        }
        for (Path params : scenarios.keySet()) {
            profiles.put(params, params.toString().isEmpty() ? ProfileRepository.builtIn()
                    : ProfileRepository.builtInWithOverlay(params));
        }
    }

    /** @return the number of worked examples */
    int exampleCount() {
        return examples.size();
    }

    /** @return the number of scenarios */
    int scenarioCount() {
        return scenarios.values().stream().mapToInt(List::size).sum();
    }

    /**
     * The first check the rules fail, examples first.
     *
     * @param rules  the rules to check
     * @return the failed example or scenario and how it failed, or empty if every check passes
     */
    Optional<String> firstFailure(RuleSet rules) {
        DroolsEligibilityService service = DroolsEligibilityService.of(rules, profiles.get(Path.of("")));
        for (Example example : examples) {
            Optional<String> failure = check(service, example);
            if (failure.isPresent()) {
                return Optional.of(example.name() + ": " + failure.get());
            }
        }
        for (Map.Entry<Path, List<Scenario>> group : scenarios.entrySet()) {
            ScenarioRunner runner = new ScenarioRunner(DroolsEligibilityService.of(rules,
                    profiles.get(group.getKey())), null);
            for (Scenario scenario : group.getValue()) {
                ScenarioResult result;
                try {
                    result = runner.run(scenario);
                } catch (RuntimeException e) {
                    return Optional.of(scenario.location() + " " + scenario.name() + ": " + e);
                }
                if (!result.passed()) {
                    return Optional.of(scenario.location() + " " + scenario.name() + ": "
                            + result.failures().get(0).describe().replace('\n', ' '));
                }
            }
        }
        return Optional.empty();
    }

    /** One worked example, as {@code doudi evaluate} would decide it. */
    private static Optional<String> check(DroolsEligibilityService service, Example example) {
        DecodedRequest decoded = DoudiJson.decodeRequest(example.request());
        JsonNode expected = example.expected();
        List<Problem> problems;
        Decision decision = null;
        PolicyConfigurationException configuration = null;
        try {
            problems = service.validate(decoded);
            if (problems.isEmpty()) {
                decision = service.decide(decoded.request(), Locale.CHINESE);
            }
        } catch (PolicyConfigurationException e) {
            problems = List.of();
            configuration = e;
        } catch (RuntimeException e) {
            return Optional.of(e.toString());
        }
        if (expected.has("errors")) {
            Set<String> wanted = new HashSet<>();
            expected.get("errors").forEach(e -> wanted.add(e.get("path").asText()));
            Set<String> got = new HashSet<>();
            problems.forEach(p -> got.add(p.path()));
            return wanted.equals(got) ? Optional.empty() : Optional.of("errors at " + got + ", expected " + wanted);
        }
        if (expected.has("configurationError")) {
            if (configuration == null) {
                return Optional.of("no configuration error");
            }
            JsonNode actual = read(DoudiJson.writeConfigurationError(configuration, false));
            return actual.equals(expected) ? Optional.empty() : Optional.of("configuration error " + actual);
        }
        if (decision == null) {
            return Optional.of(configuration != null ? "configuration error " + configuration.getMessage()
                    : "invalid request " + problems);
        }
        ObjectNode actual = (ObjectNode) read(DoudiJson.writeDecision(decision, false));
        List<String> codes = new ArrayList<>();
        actual.get("reasons").forEach(r -> codes.add(r.get("code").asText()));
        actual.remove(List.of("reasons", "firedRules"));
        ObjectNode wanted = ((ObjectNode) expected).deepCopy();
        List<String> wantedCodes = new ArrayList<>();
        wanted.get("reasonCodes").forEach(c -> wantedCodes.add(c.asText()));
        wanted.remove("reasonCodes");
        for (var field : (Iterable<Map.Entry<String, JsonNode>>) wanted::fields) {
            if (!field.getValue().equals(actual.get(field.getKey()))) {
                return Optional.of(field.getKey() + " is " + actual.get(field.getKey()) + ", expected "
                        + field.getValue());
            }
        }
        if (!wanted.equals(actual)) {
            return Optional.of("decision differs: " + actual);
        }
        return codes.containsAll(wantedCodes) ? Optional.empty()
                : Optional.of("reason codes " + codes + ", expected among them " + wantedCodes);
    }

    private static JsonNode read(String json) {
        try {
            return DoudiJson.mapper().readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
