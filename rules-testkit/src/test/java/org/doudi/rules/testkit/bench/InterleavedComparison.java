package org.doudi.rules.testkit.bench;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Before and after in the same run: two builds of the library (two classpaths) loaded side by side in one JVM, each by
 * a class loader of its own, deciding the same benchmark households in alternating rounds (A B, B A, A B, …) after a
 * common warm-up. A shared, noisy machine slows both sides alike within a round, so the ratio of the two sides, round
 * by round, is far steadier than two benchmark runs one after the other. Each round is timed by the deciding thread's
 * CPU time (and by the wall clock). Run by hand: {@code BASELINE=DIR scripts/benchmark.sh compare [engine|json]}.
 *
 * <p>Arguments: classpath A, classpath B (each a {@code :}-separated list, as {@code java -cp} takes it), the path
 * ({@code engine}, {@code json} or {@code reference}, the reference calculator; two of them separated by a comma for
 * A and B, e.g. {@code engine,reference} to set the engine against the reference calculator), rounds (default 40),
 * decisions per round (default 2,000), warm-up decisions per side (default 30,000).
 */
public final class InterleavedComparison {

    private InterleavedComparison() {
    }

    /**
     * @param args  classpath A, classpath B, path, rounds, decisions per round, warm-up
     * @throws ReflectiveOperationException if a build lacks the loop's API
     */
    public static void main(String[] args) throws ReflectiveOperationException {
        String mode = args.length > 2 ? args[2] : "engine";
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 40;
        int perRound = args.length > 4 ? Integer.parseInt(args[4]) : 2_000;
        int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 30_000;
        List<String> lines = BenchHouseholds.jsonLines(BenchHouseholds.DEFAULT_COUNT);
        String[] modes = mode.split(",");
        IntUnaryOperator a = loop(args[0], lines, modes[0]);
        IntUnaryOperator b = loop(args[1], lines, modes[modes.length - 1]);
        for (int done = 0; done < warmup; done += perRound) {
            a.applyAsInt(perRound);
            b.applyAsInt(perRound);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[][] cpu = new double[2][rounds];
        double[][] wall = new double[2][rounds];
        double[] ratio = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            for (int turn = 0; turn < 2; turn++) {
                int side = (r + turn) % 2;
                long c = threads.getCurrentThreadCpuTime();
                long w = System.nanoTime();
                (side == 0 ? a : b).applyAsInt(perRound);
                cpu[side][r] = (threads.getCurrentThreadCpuTime() - c) / 1e3 / perRound;
                wall[side][r] = (System.nanoTime() - w) / 1e3 / perRound;
            }
            ratio[r] = cpu[1][r] / cpu[0][r];
        }
        System.out.printf("%s path, %d rounds of %,d decisions per side after %,d warm-up decisions each%n", mode,
                rounds, perRound, warmup);
        System.out.printf("A: %.1f µs thread CPU (%.1f µs wall) per decision, median%n", median(cpu[0]),
                median(wall[0]));
        System.out.printf("B: %.1f µs thread CPU (%.1f µs wall) per decision, median%n", median(cpu[1]),
                median(wall[1]));
        double[] sorted = ratio.clone();
        Arrays.sort(sorted);
        System.out.printf("B/A thread CPU: median %.3f, middle 80%% of rounds %.3f–%.3f%n", median(ratio),
                sorted[rounds / 10], sorted[rounds - 1 - rounds / 10]);
    }

    private static IntUnaryOperator loop(String classpath, List<String> lines, String mode)
            throws ReflectiveOperationException {
        List<URL> urls = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                try {
                    urls.add(new File(entry).toURI().toURL());
                } catch (MalformedURLException e) {
                    throw new IllegalArgumentException(entry, e);
                }
            }
        }
        ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        Thread current = Thread.currentThread();
        ClassLoader previous = current.getContextClassLoader();
        current.setContextClassLoader(loader);
        IntUnaryOperator loop;
        try {
            loop = (IntUnaryOperator) loader.loadClass(DecideLoop.class.getName())
                    .getConstructor(List.class, String.class).newInstance(Collections.unmodifiableList(lines), mode);
        } finally {
            current.setContextClassLoader(previous);
        }
        return count -> {
            current.setContextClassLoader(loader);
            try {
                return loop.applyAsInt(count);
            } finally {
                current.setContextClassLoader(previous);
            }
        };
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
