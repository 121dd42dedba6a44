package org.doudi.rules.testkit.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.doudi.rules.api.EvaluationResult;
import org.doudi.rules.api.batch.BatchOptions;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.drools.DroolsEligibilityService;

/**
 * The warm-up curve of a fresh JVM: the cost of decisions 1–1,000, 1,001–2,000, … up to 20,000 (by default), then the
 * steady cost, measured further on in the same JVM, as the median of the last twenty blocks. Each block is timed by
 * the wall clock, by the deciding thread's CPU time (one thread only) and by the whole process's CPU time (which
 * includes the JIT compiler and the garbage collector). Run by hand in a JVM of its own:
 * {@code scripts/benchmark.sh warmup [DECISIONS [THREADS]]}.
 *
 * <p>Arguments: the number of decisions of the curve (default 20,000), the number of threads (default 1: decisions on
 * the main thread; more: the ordered batch API, {@code evaluateAll}), the steady length (default 100,000 decisions).
 */
public final class WarmupCurve {

    private static final int BLOCK = 1_000;

    private WarmupCurve() {
    }

    /**
     * @param args  decisions, threads, steady length (all optional)
     */
    public static void main(String[] args) {
        int curve = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int steady = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        List<EvaluationRequest> households = BenchHouseholds.requests(BenchHouseholds.DEFAULT_COUNT);

        long built = System.nanoTime();
        DroolsEligibilityService service = DroolsEligibilityService.builtIn();
        System.out.printf("rules and profiles built in %.0f ms; %d thread(s), blocks of %,d decisions%n",
                (System.nanoTime() - built) / 1e6, threads, BLOCK);

        Clock clock = new Clock(threads == 1);
        Iterator<EvaluationRequest> requests = BenchHouseholds.stream(households, curve + (long) steady);
        try (Stream<EvaluationResult> results = threads == 1
                ? Stream.generate(() -> service.evaluate(requests.next(), Locale.CHINESE)).limit(curve + steady)
                : service.evaluateAll(streamOf(requests), Locale.CHINESE, BatchOptions.threads(threads))) {
            Iterator<EvaluationResult> it = results.iterator();
            List<double[]> blocks = new ArrayList<>();
            for (int n = 0; n < curve + steady; n += BLOCK) {
                clock.start();
                for (int k = 0; k < BLOCK; k++) {
                    if (!(it.next() instanceof EvaluationResult.Decided)) {
                        throw new IllegalStateException("a generated household was not decided");
                    }
                }
                blocks.add(clock.perDecision(BLOCK));
            }
            print(blocks, curve / BLOCK, threads == 1);
        }
    }

    private static Stream<EvaluationRequest> streamOf(Iterator<EvaluationRequest> requests) {
        Iterable<EvaluationRequest> iterable = () -> requests;
        return java.util.stream.StreamSupport.stream(iterable.spliterator(), false);
    }

    private static void print(List<double[]> blocks, int curveBlocks, boolean threadCpu) {
        double[] steady = new double[3];
        for (int m = 0; m < 3; m++) {
            int measure = m;
            steady[m] = median(blocks.subList(blocks.size() - 20, blocks.size()).stream()
                    .mapToDouble(b -> b[measure]).toArray());
        }
        System.out.printf("%-15s %12s %12s %12s %10s%n", "decisions", "wall µs", threadCpu ? "thread CPU µs" : "-",
                "process CPU µs", "× steady");
        for (int i = 0; i < curveBlocks; i++) {
            double[] b = blocks.get(i);
            System.out.printf("%,6d–%,-7d %12.1f %12s %12.1f %10.2f%n", i * BLOCK + 1, (i + 1) * BLOCK, b[0],
                    threadCpu ? String.format("%.1f", b[1]) : "-", b[2], b[0] / steady[0]);
        }
        System.out.printf("%-15s %12.1f %12s %12.1f %10.2f%n", "steady", steady[0],
                threadCpu ? String.format("%.1f", steady[1]) : "-", steady[2], 1.0);
        System.out.printf("(steady: median of the last 20 blocks, after %,d decisions)%n",
                (long) (blocks.size() - 20) * BLOCK);
    }

    private static double median(double[] values) {
        java.util.Arrays.sort(values);
        return values[values.length / 2];
    }

    /** Wall, thread CPU and process CPU time of a block. */
    private static final class Clock {
        private final ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
        private final com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        private final boolean threadCpu;
        private long wall;
        private long thread;
        private long process;

        Clock(boolean threadCpu) {
            this.threadCpu = threadCpu;
        }

        void start() {
            wall = System.nanoTime();
            thread = threadCpu ? threadBean.getCurrentThreadCpuTime() : 0;
            process = os.getProcessCpuTime();
        }

        /** @return µs per decision: wall, thread CPU, process CPU */
        double[] perDecision(int decisions) {
            return new double[] {
                    (System.nanoTime() - wall) / 1e3 / decisions,
                    threadCpu ? (threadBean.getCurrentThreadCpuTime() - thread) / 1e3 / decisions : 0,
                    (os.getProcessCpuTime() - process) / 1e3 / decisions};
        }
    }
}
