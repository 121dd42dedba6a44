package org.doudi.rules.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import org.doudi.rules.api.EvaluationResult;
import org.doudi.rules.api.PolicyConfigurationException;
import org.doudi.rules.api.Problem;
import org.doudi.rules.api.batch.BatchOptions;
import org.doudi.rules.api.batch.OrderedBatch;
import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.decision.Reason;
import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.drools.DroolsEligibilityService;

/**
 * Runs scenario files (format: docs/analysts/write-a-scenario.md) against a rule base and reports every failure and the
 * rule coverage.
 *
 * <p>Each scenario's request is decoded leniently from its YAML tree ({@link DoudiJson#decodeRequest(JsonNode)}) and
 * checked as {@code doudi evaluate} checks a request: decoding problems merged with the service's profile-dependent
 * checks. Then:
 * <ul>
 *   <li>{@code expect}: the request must be decided; the decision's JSON tree ({@link DoudiJson#toTree}) must match
 *       the expectation ({@link ExpectationMatcher}) and contain every code of {@code expectReasons};</li>
 *   <li>{@code expectErrors}: the request must be invalid with (at least) those error paths;</li>
 *   <li>{@code expectConfigurationError: true}: the request must be valid and the profile lack a value it needs.</li>
 * </ul>
 * A scenario with {@code params: DIR} is decided by a service with the same rules and that folder overlaid on the
 * built-in profiles (it replaces any overlay of the runner's own service); these services are built once per folder
 * and runner. Reason messages are in Chinese.
 *
 * <p>Scenarios of several files run on every core ({@link #run(List, BatchOptions)}); results keep file and scenario
 * order. Instances are thread-safe; build one per rule base and reuse it (building a rule base takes seconds).
 */
public final class ScenarioRunner {

    private final DroolsEligibilityService service;
    private final Path rulesDir;
    private final Locale locale;
    private final Map<Path, Object> overlays = new ConcurrentHashMap<>();

    /**
     * A runner on a service.
     *
     * @param service   the service that decides scenarios without {@code params}, not null
     * @param rulesDir  the rule folder the service was built from (so that {@code params} scenarios use the same
     *                  rules), or null for the built-in rules
     */
    public ScenarioRunner(DroolsEligibilityService service, Path rulesDir) {
        this.service = Objects.requireNonNull(service, "service");
        this.rulesDir = rulesDir == null ? null : rulesDir.toAbsolutePath().normalize();
        this.locale = Locale.CHINESE;
    }

    /**
     * A runner on the built-in rules and profiles.
     *
     * @return the runner, never null
     * @throws PolicyConfigurationException if the built-in rules or profiles do not load
     */
    public static ScenarioRunner builtIn() {
        return new ScenarioRunner(DroolsEligibilityService.builtIn(), null);
    }

    /** @return the service that decides scenarios without {@code params}, never null */
    public DroolsEligibilityService service() {
        return service;
    }

    /**
     * Runs the scenarios of files and folders (folders recursively, {@code *.yaml} and {@code *.yml}).
     *
     * @param paths  files or folders, not null
     * @return the report, never null; a path that does not exist, a folder without scenario files and a file that
     *         cannot be read as scenarios each count as a failed scenario
     */
    public ScenarioReport run(Path... paths) {
        return run(Arrays.asList(paths));
    }

    /**
     * Runs the scenarios of files and folders (folders recursively, {@code *.yaml} and {@code *.yml}).
     *
     * @param paths  files or folders, not null
     * @return the report, never null; a path that does not exist, a folder without scenario files and a file that
     *         cannot be read as scenarios each count as a failed scenario
     */
    public ScenarioReport run(List<Path> paths) {
        return run(paths, BatchOptions.allCores());
    }

    /**
     * Runs the scenarios of files and folders on several threads (the batch API): files are read in order on this
     * thread, scenarios are decided and checked on the workers, and the results come in file and scenario order,
     * the same whatever the number of threads.
     *
     * @param paths    files or folders, not null
     * @param options  threads, chunk size and read-ahead, not null
     * @return the report, never null; as {@link #run(List)}
     */
    public ScenarioReport run(List<Path> paths, BatchOptions options) {
        Iterator<Scenario> scenarios = files(paths).stream().flatMap(file -> ScenarioLoader.load(file).stream())
                .iterator();
        List<ScenarioResult> results;
        try (Stream<ScenarioResult> run = OrderedBatch.stream(scenarios, this::run, options)) {
            results = run.toList();
        }
        return new ScenarioReport(results, coverage(results));
    }

    /**
     * The scenario files under the given paths; a path that does not exist, or a folder without scenario files, is
     * kept as it is (loading it gives a failed stand-in).
     *
     * @param paths  files or folders, not null
     * @return the files, never null
     */
    public static List<Path> files(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                files.add(p);
                continue;
            }
            try {
                List<Path> found = ScenarioLoader.findFiles(p);
                files.addAll(found.isEmpty() ? List.of(p) : found);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + p, e);
            }
        }
        return files;
    }

    /**
     * Runs one scenario.
     *
     * @param scenario  the scenario, not null
     * @return the result, never null
     */
    public ScenarioResult run(Scenario scenario) {
        if (Files.isDirectory(scenario.file())) {
            return new ScenarioResult(scenario, List.of(ScenarioFailure.problem(
                    "no scenario files (*.yaml, *.yml) in this folder")), List.of());
        }
        if (scenario.isMalformed()) {
            return new ScenarioResult(scenario, scenario.problems().stream().map(ScenarioFailure::problem).toList(),
                    List.of());
        }
        DroolsEligibilityService decider;
        try {
            decider = serviceFor(scenario);
        } catch (RuntimeException e) {
            return new ScenarioResult(scenario, List.of(ScenarioFailure.problem(e.getMessage())), List.of());
        }
        EvaluationResult result = decider.evaluate(DoudiJson.decodeRequest(scenario.request()), locale);
        List<Problem> problems = result instanceof EvaluationResult.Rejected r ? r.problems() : List.of();
        Decision decision = result instanceof EvaluationResult.Decided d ? d.decision() : null;
        PolicyConfigurationException configuration =
                result instanceof EvaluationResult.Misconfigured m ? m.error() : null;
        List<ScenarioFailure> failures = new ArrayList<>();
        if (scenario.expectErrors() != null) {
            checkErrors(scenario, problems, decision, configuration, failures);
        } else if (scenario.expectConfigurationError()) {
            checkConfigurationError(problems, decision, configuration, failures);
        } else {
            checkDecision(scenario, problems, decision, configuration, failures);
        }
        return new ScenarioResult(scenario, failures, decision == null ? List.of() : decision.firedRules());
    }

    private static void checkDecision(Scenario scenario, List<Problem> problems, Decision decision,
                                      PolicyConfigurationException configuration, List<ScenarioFailure> failures) {
        if (!problems.isEmpty()) {
            failures.add(ScenarioFailure.problem("expected a decision, but the request is invalid: "
                    + showProblems(problems)));
            return;
        }
        if (configuration != null) {
            failures.add(ScenarioFailure.problem("expected a decision, but got a configuration error: "
                    + configuration.getMessage()));
            return;
        }
        JsonNode actual = DoudiJson.toTree(decision);
        failures.addAll(ExpectationMatcher.compare(scenario.expect(), actual));
        List<String> codes = decision.reasons().stream().map(Reason::code).toList();
        for (String code : scenario.expectReasons()) {
            if (!codes.contains(code)) {
                failures.add(ScenarioFailure.mismatch("reasons", "a reason " + code,
                        codes.isEmpty() ? "no reasons" : String.join(", ", codes)));
            }
        }
        for (JsonNode partial : scenario.expectReasonsWith()) {
            checkReason(partial, actual.get("reasons"), codes, failures);
        }
    }

    /**
     * Some reason of the decision must match the partial reason (as {@code expect} matches: only the fields given).
     * When none does, the failure shows the reasons of the same code and how the closest of them differs.
     */
    private static void checkReason(JsonNode partial, JsonNode reasons, List<String> codes,
                                    List<ScenarioFailure> failures) {
        String code = partial.get("code").asText();
        List<ScenarioFailure> closest = null;
        List<String> sameCode = new ArrayList<>();
        for (JsonNode reason : reasons) {
            if (!code.equals(reason.path("code").asText())) {
                continue;
            }
            List<ScenarioFailure> differences = ExpectationMatcher.compare(partial, reason);
            if (differences.isEmpty()) {
                return;
            }
            sameCode.add(ExpectationMatcher.show(reason));
            if (closest == null || differences.size() < closest.size()) {
                closest = differences;
            }
        }
        String expected = "a reason " + ExpectationMatcher.show(partial);
        if (closest == null) {
            failures.add(ScenarioFailure.mismatch("reasons", expected,
                    codes.isEmpty() ? "no reasons" : String.join(", ", codes)));
            return;
        }
        List<String> how = new ArrayList<>();
        for (ScenarioFailure f : closest) {
            how.add(f.field() + ": " + f.actual() + " instead of " + f.expected());
        }
        failures.add(ScenarioFailure.mismatch("reasons", expected, String.join("; ", sameCode),
                "closest " + code + " differs at " + String.join(", ", how)));
    }

    private static void checkErrors(Scenario scenario, List<Problem> problems, Decision decision,
                                    PolicyConfigurationException configuration, List<ScenarioFailure> failures) {
        if (decision != null) {
            failures.add(ScenarioFailure.mismatch("errors", "an invalid request with errors at "
                    + scenario.expectErrors(), "a decision (outcome " + decision.outcome() + ")"));
            return;
        }
        if (configuration != null) {
            failures.add(ScenarioFailure.mismatch("errors", "an invalid request with errors at "
                    + scenario.expectErrors(), "a configuration error: " + configuration.getMessage()));
            return;
        }
        Set<String> paths = new HashSet<>();
        problems.forEach(p -> paths.add(p.path()));
        for (String expected : scenario.expectErrors()) {
            if (!paths.contains(expected)) {
                failures.add(ScenarioFailure.mismatch("errors", "an error at \"" + expected + "\"",
                        showProblems(problems)));
            }
        }
    }

    private static void checkConfigurationError(List<Problem> problems, Decision decision,
                                                PolicyConfigurationException configuration,
                                                List<ScenarioFailure> failures) {
        if (configuration != null) {
            return;
        }
        failures.add(ScenarioFailure.mismatch("configurationError", "a configuration error",
                decision != null ? "a decision (outcome " + decision.outcome() + ")"
                        : "an invalid request: " + showProblems(problems)));
    }

    private static String showProblems(List<Problem> problems) {
        List<String> shown = new ArrayList<>();
        for (Problem p : problems) {
            shown.add((p.path().isEmpty() ? "(request)" : p.path()) + " " + p.message());
        }
        return "errors [" + String.join("; ", shown) + "]";
    }

    /** The service for a scenario: this runner's, or one with the scenario's params folder overlaid. */
    private DroolsEligibilityService serviceFor(Scenario scenario) {
        Path params = scenario.params();
        if (params == null) {
            return service;
        }
        Object built = overlays.computeIfAbsent(params, dir -> {
            if (!Files.isDirectory(dir)) {
                return "params folder " + dir + " does not exist";
            }
            try {
                return DroolsEligibilityService.fromDirectories(rulesDir, dir);
            } catch (PolicyConfigurationException e) {
                return "params folder " + dir + " does not load: " + e.getMessage();
            }
        });
        if (built instanceof DroolsEligibilityService s) {
            return s;
        }
        throw new IllegalStateException((String) built);
    }

    /**
     * The rule coverage of results: every rule of this runner's rule base, and the rules the results' decisions
     * fired.
     *
     * @param results  scenario results, not null
     * @return the coverage, never null
     */
    public RuleCoverage coverage(List<ScenarioResult> results) {
        Set<String> fired = new HashSet<>();
        results.forEach(r -> fired.addAll(r.firedRules()));
        return RuleCoverage.of(service.rules(), fired);
    }
}
