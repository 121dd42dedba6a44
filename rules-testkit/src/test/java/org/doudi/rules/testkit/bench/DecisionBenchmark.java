package org.doudi.rules.testkit.bench;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.doudi.rules.api.EvaluationResult;
import org.doudi.rules.api.json.DecodedRequest;
import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.drools.DroolsEligibilityService;
import org.doudi.rules.testkit.reference.ReferenceCalculator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decisions per second over the generated households of {@link BenchHouseholds} (every kind of request, every shipped
 * profile with a standard), with explanations, on one thread and on every core; the same households through the JSON
 * path (decode, validate, decide, encode: what each line of {@code doudi evaluate --batch} costs); and the frozen
 * {@link ReferenceCalculator} on the same households in the same run, so the engine's cost reads as a ratio. Run by
 * hand, never in the build: {@code scripts/benchmark.sh jmh} (see docs/performance.md); add {@code -prof gc} for the
 * bytes allocated per decision.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DecisionBenchmark {

    private DroolsEligibilityService service;
    private ReferenceCalculator reference;
    private List<EvaluationRequest> requests;
    private List<String> json;

    /** Builds the service once and reads the households. */
    @Setup
    public void setUp() {
        service = DroolsEligibilityService.builtIn();
        reference = ReferenceCalculator.builtIn();
        json = BenchHouseholds.jsonLines(BenchHouseholds.DEFAULT_COUNT);
        requests = BenchHouseholds.requests(BenchHouseholds.DEFAULT_COUNT);
    }

    /** Each thread's position in the households: threads start apart and cycle. */
    @State(Scope.Thread)
    public static class Cursor {
        private static final AtomicInteger THREADS = new AtomicInteger();
        int next;

        /** Starts this thread a few thousand households after the previous one. */
        @Setup(Level.Trial)
        public void start() {
            next = THREADS.getAndIncrement() * 4_999 % BenchHouseholds.DEFAULT_COUNT;
        }

        int next(int size) {
            next = next + 1 == size ? 0 : next + 1;
            return next;
        }
    }

    /**
     * @param c  the thread's cursor
     * @return one decision of a decoded request, with its explanation, on one thread
     */
    @Benchmark
    public EvaluationResult engine(Cursor c) {
        return service.evaluate(requests.get(c.next(requests.size())), Locale.CHINESE);
    }

    /**
     * @param c  the thread's cursor
     * @return one decision, as {@link #engine}, one thread per processor sharing the service
     */
    @Benchmark
    @Threads(Threads.MAX)
    public EvaluationResult engineAllCores(Cursor c) {
        return service.evaluate(requests.get(c.next(requests.size())), Locale.CHINESE);
    }

    /**
     * @param c  the thread's cursor
     * @return the reference calculator's whole-household figures for the same households
     */
    @Benchmark
    public ReferenceCalculator.Result reference(Cursor c) {
        return reference.compute(requests.get(c.next(requests.size())));
    }

    /**
     * @param c  the thread's cursor
     * @return one JSON line in, one compact JSON line out: decode, validate, decide, encode
     */
    @Benchmark
    public String jsonInJsonOut(Cursor c) {
        return jsonLine(json.get(c.next(json.size())));
    }

    /**
     * @param c  the thread's cursor
     * @return as {@link #jsonInJsonOut}, one thread per processor
     */
    @Benchmark
    @Threads(Threads.MAX)
    public String jsonInJsonOutAllCores(Cursor c) {
        return jsonLine(json.get(c.next(json.size())));
    }

    private String jsonLine(String line) {
        DecodedRequest decoded = DoudiJson.decodeRequest(line);
        EvaluationResult result = service.evaluate(decoded, Locale.CHINESE);
        if (result instanceof EvaluationResult.Decided d) {
            return DoudiJson.writeDecision(d.decision(), false);
        }
        throw new IllegalStateException("a generated household was not decided: " + result);
    }
}
