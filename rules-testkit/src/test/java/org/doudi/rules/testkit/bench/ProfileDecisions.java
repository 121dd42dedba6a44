package org.doudi.rules.testkit.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jdk.jfr.Recording;

import org.doudi.rules.api.EvaluationResult;
import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.drools.DroolsEligibilityService;

/**
 * A Java Flight Recorder profile of warm decisions: decides the benchmark households on one thread until warm, then
 * records execution samples (every millisecond) and allocation samples while deciding more, and prints the top frames
 * ({@link JfrTopFrames}). Run by hand: {@code scripts/benchmark.sh profile [json]}.
 *
 * <p>Arguments: {@code engine} (decoded requests, default) or {@code json} (JSON line in, JSON line out), the number of
 * warm-up decisions (default 60,000), the number of recorded decisions (default 100,000), the recording file (default
 * {@code target/decisions.jfr}).
 */
public final class ProfileDecisions {

    private ProfileDecisions() {
    }

    /**
     * @param args  path, warm-up, recorded, file (all optional)
     * @throws IOException if the recording cannot be written
     */
    public static void main(String[] args) throws IOException {
        boolean json = args.length > 0 && args[0].equals("json");
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 60_000;
        int recorded = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        Path file = Path.of(args.length > 3 ? args[3] : "target/decisions.jfr");
        List<String> lines = BenchHouseholds.jsonLines(BenchHouseholds.DEFAULT_COUNT);
        List<org.doudi.rules.api.request.EvaluationRequest> requests =
                BenchHouseholds.requests(BenchHouseholds.DEFAULT_COUNT);
        DroolsEligibilityService service = DroolsEligibilityService.builtIn();
        int next = 0;
        for (int i = 0; i < warmup; i++, next = (next + 1) % requests.size()) {
            decide(service, json, lines.get(next), requests.get(next));
        }
        try (Recording recording = new Recording()) {
            recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(1));
            recording.enable("jdk.ObjectAllocationSample");
            recording.start();
            long start = System.nanoTime();
            for (int i = 0; i < recorded; i++, next = (next + 1) % requests.size()) {
                decide(service, json, lines.get(next), requests.get(next));
            }
            double micros = (System.nanoTime() - start) / 1e3 / recorded;
            recording.stop();
            recording.dump(file);
            System.out.printf("%,d %s decisions recorded, %.1f µs each (recording on); recording: %s%n", recorded,
                    json ? "JSON-in/JSON-out" : "in-process", micros, file);
        }
        JfrTopFrames.main(new String[] {file.toString(), "40", json ? "ProfileDecisions.decide"
                : "DroolsEligibilityService.evaluate"});
    }

    private static Object decide(DroolsEligibilityService service, boolean json, String line,
                                 org.doudi.rules.api.request.EvaluationRequest request) {
        if (!json) {
            return service.evaluate(request, Locale.CHINESE);
        }
        EvaluationResult result = service.evaluate(DoudiJson.decodeRequest(line), Locale.CHINESE);
        return DoudiJson.writeDecision(((EvaluationResult.Decided) result).decision(), false);
    }
}
