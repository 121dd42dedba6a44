/**
 * Scenario files (YAML; format in {@code docs/analysts/write-a-scenario.md}): what analysts write to test the rules,
 * in the policy's own language, run by {@code doudi test} and by JUnit.
 *
 * <p>A file holds a YAML list of scenarios, each with the keys {@code name}, {@code clause} (optional),
 * {@code request}, exactly one of {@code expect} (a partial decision), {@code expectErrors} (error paths of an invalid
 * request) or {@code expectConfigurationError: true}, {@code expectReasons} (optional, with {@code expect}: reason
 * codes that must be among the decision's reasons) and {@code params} (optional: a folder of profile files, relative
 * to the scenario file, overlaid on the built-in profiles for this scenario).
 *
 * <ul>
 *   <li>{@link org.doudi.rules.scenario.ScenarioLoader} reads files into
 *       {@link org.doudi.rules.scenario.Scenario}s (a malformed scenario is kept, with its problems, so that
 *       it fails when run);</li>
 *   <li>{@link org.doudi.rules.scenario.ExpectationMatcher} compares an {@code expect} tree with a decision;</li>
 *   <li>{@link org.doudi.rules.scenario.ScenarioRunner} runs files and folders into a
 *       {@link org.doudi.rules.scenario.ScenarioReport}, with the
 *       {@link org.doudi.rules.scenario.RuleCoverage rule coverage} of the run;</li>
 *   <li>{@code org.doudi.rules.testkit.scenario.ScenarioTests} (module rules-testkit) turns them into JUnit 5 dynamic tests for a
 *       {@code @TestFactory}.</li>
 * </ul>
 */
package org.doudi.rules.scenario;
