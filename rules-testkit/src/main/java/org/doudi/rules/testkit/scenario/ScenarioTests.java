package org.doudi.rules.testkit.scenario;

import org.doudi.rules.scenario.*;
import java.net.URI;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * Scenario files as JUnit 5 dynamic tests: one {@link DynamicContainer} per file (named by its path), holding one
 * {@link DynamicTest} per scenario (named by the scenario), which fails with the scenario's failure report (file,
 * line, name, field, expected and actual values). Use it from a {@code @TestFactory}:
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> scenarios() {
 *     return ScenarioTests.from(Path.of("scenarios"));
 * }
 * }</pre>
 * Files are read when the stream is consumed (test discovery); each scenario is evaluated when its test runs.
 */
public final class ScenarioTests {

    private ScenarioTests() {
    }

    /**
     * Dynamic tests for the scenarios of files and folders, decided by the built-in rules and profiles.
     *
     * @param paths  scenario files or folders (searched recursively for {@code *.yaml} and {@code *.yml}), not null
     * @return one container per file, never null
     */
    public static Stream<DynamicNode> from(Path... paths) {
        return from(new LazyRunner(), Arrays.asList(paths));
    }

    /**
     * Dynamic tests for the scenarios of files and folders, decided by a given runner (e.g. one shared with a
     * coverage check, or built on an analyst's rule folder).
     *
     * @param runner  the runner, not null
     * @param paths   scenario files or folders, not null
     * @return one container per file, never null
     */
    public static Stream<DynamicNode> from(ScenarioRunner runner, Path... paths) {
        Objects.requireNonNull(runner, "runner");
        return from(() -> runner, Arrays.asList(paths));
    }

    private interface RunnerSupplier {
        ScenarioRunner get();
    }

    /** Builds the built-in runner once, when the first test runs (not at discovery). */
    private static final class LazyRunner implements RunnerSupplier {
        private ScenarioRunner runner;

        @Override
        public synchronized ScenarioRunner get() {
            if (runner == null) {
                runner = ScenarioRunner.builtIn();
            }
            return runner;
        }
    }

    private static Stream<DynamicNode> from(RunnerSupplier runner, List<Path> paths) {
        return ScenarioRunner.files(paths).stream().map(file -> {
            List<Scenario> scenarios = ScenarioLoader.load(file);
            URI fileUri = file.toAbsolutePath().toUri();
            return DynamicContainer.dynamicContainer(file.toString(), fileUri,
                    scenarios.stream().map(s -> test(runner, s)));
        });
    }

    private static DynamicNode test(RunnerSupplier runner, Scenario scenario) {
        URI uri = scenario.line() > 0
                ? URI.create(scenario.file().toAbsolutePath().toUri() + "?line=" + scenario.line())
                : scenario.file().toAbsolutePath().toUri();
        return DynamicTest.dynamicTest(scenario.name(), uri, () -> {
            ScenarioResult result = runner.get().run(scenario);
            if (!result.passed()) {
                throw failure(result);
            }
        });
    }

    /**
     * The assertion error of a failed result: the message is the result's report; when the only failure is a field
     * mismatch, the expected and actual values are attached for IDEs to compare.
     *
     * @param result  a failed result, not null
     * @return the error, never null
     */
    public static AssertionFailedError failure(ScenarioResult result) {
        String message = result.describe();
        if (result.failures().size() == 1 && result.failures().get(0).isMismatch()) {
            ScenarioFailure f = result.failures().get(0);
            return new AssertionFailedError(message, f.expected(), f.actual());
        }
        return new AssertionFailedError(message);
    }
}
