package org.doudi.rules.scenario;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The result of running one scenario: passed, or failed with every {@link ScenarioFailure}; and the rules the
 * evaluation fired (for {@link RuleCoverage}).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param scenario    the scenario, not null
 * @param failures    why it failed, never null; empty when it passed
 * @param firedRules  the ids of the rules whose conclusions stand in the decision, never null; empty when no decision
 *                    was made (invalid request, configuration error, malformed scenario)
 */
public record ScenarioResult(Scenario scenario, List<ScenarioFailure> failures, List<String> firedRules) {

    /** Checks for nulls and copies the lists. */
    public ScenarioResult {
        Objects.requireNonNull(scenario, "scenario");
        failures = List.copyOf(failures);
        firedRules = List.copyOf(firedRules);
    }

    /** @return true if the scenario passed */
    public boolean passed() {
        return failures.isEmpty();
    }

    /**
     * The failure report of this result: the file (with line), the scenario's name, then one indented line per
     * failure with field, expected and actual value:
     * <pre>
     * scenarios/08-amount/graded.yaml:12: 夏邑农村三类户：补差低于保底，按保底发放
     *   units[0].monthlyAmount: expected "195.00", actual "194.00"
     * </pre>
     *
     * @return the report, without final newline; for a passed scenario its location and name only; never null
     */
    public String describe() {
        return describe(Locale.ENGLISH);
    }

    /**
     * The failure report of this result in a language (Chinese for {@code zh}, English otherwise), laid out as
     * {@link #describe()}.
     *
     * @param locale  the language, not null
     * @return the report, without final newline, never null
     */
    public String describe(Locale locale) {
        boolean en = !locale.getLanguage().equals(Locale.CHINESE.getLanguage());
        StringBuilder b = new StringBuilder();
        b.append(scenario.location()).append(en ? ": " : "：").append(scenario.name());
        if (scenario.isMalformed()) {
            b.append(en ? "\n  malformed scenario:" : "\n  场景写法有误：");
        }
        for (ScenarioFailure f : failures) {
            b.append("\n  ").append(f.describe(locale).strip().replace("\n", "\n    "));
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return (passed() ? "PASSED " : "FAILED ") + describe();
    }
}
