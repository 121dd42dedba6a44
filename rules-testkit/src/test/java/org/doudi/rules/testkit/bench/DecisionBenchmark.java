package org.doudi.rules.testkit.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.doudi.rules.api.decision.Decision;
import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.drools.DroolsEligibilityService;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decisions per second on the worked examples (every shipped profile, every payment mode, single-person units,
 * phase-out, voluntary exit, verification). Run by hand, never in the build: see docs/performance.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecisionBenchmark {

    private static final List<String> EXAMPLES = List.of("01-huining-rural-category2", "02-ludian-urban-gap",
            "03-ludian-rural-yearly-standard", "04-xiayi-graded-gap", "05-huining-edge-single-person",
            "06-huining-illness-not-alone", "07-xiayi-relaxed-single", "08-huining-phase-out",
            "09-huining-voluntary-exit", "10-ludian-relative-and-panel");

    private DroolsEligibilityService service;
    private List<EvaluationRequest> requests;
    private List<String> json;
    private int next;

    /** Builds the service once and decodes the examples. */
    @Setup
    public void setUp() {
        service = DroolsEligibilityService.builtIn();
        requests = new ArrayList<>();
        json = new ArrayList<>();
        ObjectMapper mapper = new ObjectMapper();
        for (String name : EXAMPLES) {
            try (InputStream in = DecisionBenchmark.class.getResourceAsStream("/examples/" + name + ".json")) {
                JsonNode example = mapper.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                String request = mapper.writeValueAsString(example.get("request"));
                json.add(request);
                requests.add(DoudiJson.readRequest(request));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private int nextIndex() {
        next = (next + 1) % requests.size();
        return next;
    }

    /** @return one decision on an already decoded request, cycling through the examples */
    @Benchmark
    public Decision decide() {
        return service.evaluate(requests.get(nextIndex()), Locale.CHINESE);
    }

    /** @return one request decoded from JSON, decided, and encoded as compact JSON (the batch path) */
    @Benchmark
    public String decodeDecideEncode() {
        EvaluationRequest request = DoudiJson.readRequest(json.get(nextIndex()));
        return DoudiJson.writeDecision(service.evaluate(request, Locale.CHINESE), false);
    }

    /** Two threads sharing one service. */
    @State(Scope.Thread)
    public static class PerThread {
        int next;
    }

    /**
     * @param t  the thread's position in the examples
     * @return one decision, two threads at once
     */
    @Benchmark
    @Threads(2)
    public Decision decideTwoThreads(PerThread t) {
        t.next = (t.next + 1) % requests.size();
        return service.evaluate(requests.get(t.next), Locale.CHINESE);
    }
}
