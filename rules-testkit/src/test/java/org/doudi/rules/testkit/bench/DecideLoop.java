package org.doudi.rules.testkit.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntUnaryOperator;

import org.doudi.rules.api.EvaluationResult;
import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.drools.DroolsEligibilityService;
import org.doudi.rules.testkit.reference.ReferenceCalculator;

/**
 * Decides the benchmark households in a loop, for {@link InterleavedComparison}: loaded once per build under
 * comparison, each time by a class loader of its own, and driven through a JDK interface so that two builds of the
 * library can run side by side in one JVM. Uses only API that every compared build has.
 */
public final class DecideLoop implements IntUnaryOperator {

    private final DroolsEligibilityService service = DroolsEligibilityService.builtIn();
    private final ReferenceCalculator reference = ReferenceCalculator.builtIn();
    private final List<String> lines;
    private final List<EvaluationRequest> requests = new ArrayList<>();
    private final String mode;
    private int next;

    /**
     * @param lines  the households as JSON lines, not empty
     * @param mode   {@code engine} (decoded requests), {@code json} (JSON line in, JSON line out) or
     *               {@code reference} (the reference calculator on the decoded requests)
     */
    public DecideLoop(List<String> lines, String mode) {
        this.lines = lines;
        this.mode = mode;
        lines.forEach(line -> requests.add(DoudiJson.readRequest(line)));
    }

    /**
     * @param count  how many households to decide, continuing where the last call stopped
     * @return the number decided (every one, or the loop throws)
     */
    @Override
    public int applyAsInt(int count) {
        for (int i = 0; i < count; i++) {
            if (mode.equals("reference")) {
                reference.compute(requests.get(next));
            } else {
                boolean json = mode.equals("json");
                EvaluationResult result = json
                        ? service.evaluate(DoudiJson.decodeRequest(lines.get(next)), Locale.CHINESE)
                        : service.evaluate(requests.get(next), Locale.CHINESE);
                if (!(result instanceof EvaluationResult.Decided d)) {
                    throw new IllegalStateException("a benchmark household was not decided: " + result);
                }
                if (json) {
                    DoudiJson.writeDecision(d.decision(), false);
                }
            }
            next = next + 1 == requests.size() ? 0 : next + 1;
        }
        return count;
    }
}
