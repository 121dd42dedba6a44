package org.doudi.rules.testkit.mutants;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
    /** The scenarios in the order they are checked (folder by folder), each with its overlay folder. */
    private final List<Map.Entry<Path, Scenario>> scenarioChecks = new ArrayList<>();

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
        profiles.put(Path.of(""), ProfileRepository.builtIn());
        for (Path params : scenarios.keySet()) {
            if (!params.toString().isEmpty()) {
                profiles.put(params, ProfileRepository.builtInWithOverlay(params));
            }
        }
        scenarios.forEach((params, list) -> list.forEach(s -> scenarioChecks.add(Map.entry(params, s))));
    }

    /** @return the number of worked examples */
    int exampleCount() {
        return examples.size();
    }

    /** @return the number of scenarios */
    int scenarioCount() {
        return scenarios.values().stream().mapToInt(List::size).sum();
    }

    /** @return the number of checks, worked examples and scenarios: their indexes for {@link #firstFailure} */
    int size() {
        return exampleCount() + scenarioCount();
    }

    /**
     * A failed check.
     *
     * @param index    the check's index (0 to {@link #size()} − 1: the worked examples, then the scenarios)
     * @param message  the failed example or scenario and how it failed
     */
    record Failure(int index, String message) {
    }

    /**
     * The first check the rules fail, examples first.
     *
     * @param rules  the rules to check
     * @return the failed example or scenario and how it failed, or empty if every check passes
     */
    Optional<String> firstFailure(RuleSet rules) {
        return firstFailure(rules, List.of(), new int[1]).map(Failure::message);
    }

    /**
     * The first check the rules fail, trying the checks named in {@code first} before the others (each check once;
     * the others in the usual order: examples, then the scenarios folder by folder). Whether some check fails does
     * not depend on the order, only which one is found and how soon.
     *
     * @param rules  the rules to check
     * @param first  indexes of checks to try first, in that order
     * @param tried  receives, in its first element, the number of checks run
     * @return the first failure found, or empty if every check passes
     */
    Optional<Failure> firstFailure(RuleSet rules, Collection<Integer> first, int[] tried) {
        Set<Integer> order = new LinkedHashSet<>(first);
        for (int index = 0; index < size(); index++) {
            order.add(index);
        }
        Map<Path, ScenarioRunner> runners = new HashMap<>();
        for (int index : order) {
            tried[0]++;
            Optional<String> failure = check(rules, runners, index);
            if (failure.isPresent()) {
                return Optional.of(new Failure(index, failure.get()));
            }
        }
        return Optional.empty();
    }

    /** Check number {@code index}: a worked example, or a scenario (its folder's runner made on first use). */
    private Optional<String> check(RuleSet rules, Map<Path, ScenarioRunner> runners, int index) {
        if (index < examples.size()) {
            Example example = examples.get(index);
            ScenarioRunner runner = runners.computeIfAbsent(Path.of(""), p -> runner(rules, p));
            return check(runner.service(), example).map(f -> example.name() + ": " + f);
        }
        Map.Entry<Path, Scenario> entry = scenarioChecks.get(index - examples.size());
        Scenario scenario = entry.getValue();
        ScenarioRunner runner = runners.computeIfAbsent(entry.getKey(), p -> runner(rules, p));
        ScenarioResult result;
        try {
            result = runner.run(scenario);
        } catch (RuntimeException e) {
            return Optional.of(scenario.location() + " " + scenario.name() + ": " + e);
        }
        return result.passed() ? Optional.empty() : Optional.of(scenario.location() + " " + scenario.name() + ": "
                + result.failures().get(0).describe().replace('\n', ' '));
    }

    private ScenarioRunner runner(RuleSet rules, Path params) {
        return new ScenarioRunner(DroolsEligibilityService.of(rules, profiles.get(params)), null);
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
