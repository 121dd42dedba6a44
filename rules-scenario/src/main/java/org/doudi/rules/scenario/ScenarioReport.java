package org.doudi.rules.scenario;

import java.util.List;
import java.util.Objects;

/**
 * The results of a scenario run, in file order, with the rule coverage of the run.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param results   one result per scenario (a file that cannot be read counts as one failed scenario), never null
 * @param coverage  the rules of the run's rule base and those the scenarios fired, never null
 */
public record ScenarioReport(List<ScenarioResult> results, RuleCoverage coverage) {

    /** Checks for nulls and copies the list. */
    public ScenarioReport {
        results = List.copyOf(results);
        Objects.requireNonNull(coverage, "coverage");
    }

    /** @return the number of scenarios that passed */
    public int passed() {
        return (int) results.stream().filter(ScenarioResult::passed).count();
    }

    /** @return the number of scenarios that failed (malformed ones included) */
    public int failed() {
        return results.size() - passed();
    }

    /** @return the failed results, in file order, never null */
    public List<ScenarioResult> failures() {
        return results.stream().filter(r -> !r.passed()).toList();
    }

    /** @return true if every scenario passed */
    public boolean allPassed() {
        return failed() == 0;
    }

    /** @return the summary line {@code N passed, N failed}, never null */
    public String summary() {
        return passed() + " passed, " + failed() + " failed";
    }
}
