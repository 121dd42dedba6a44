package org.doudi.rules.spark;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import org.doudi.rules.api.batch.BatchOptions;
import org.doudi.rules.api.batch.OrderedBatch;
import org.doudi.rules.drools.DroolsEligibilityService;

/**
 * The single-machine baseline of the Spark benchmark ({@code scripts/spark-benchmark.sh}): the same work per line as a
 * Spark task (decode, validate, decide, encode the {@code evaluate --batch} line) with the library's ordered batch on
 * THREADS threads, reading FILE and writing OUT. The rules are built before the clock starts, as Spark's driver builds
 * them before the job. Prints requests per second.
 *
 * <p>{@code LibraryBatchBench FILE OUT THREADS}. Not a test.
 */
public final class LibraryBatchBench {

    private LibraryBatchBench() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        Path outFile = Path.of(args[1]);
        int threads = Integer.parseInt(args[2]);
        CaseEvaluator evaluator = new CaseEvaluator(DroolsEligibilityService.builtIn(), Locale.CHINESE);
        long start = System.nanoTime();
        AtomicLong lineNumber = new AtomicLong();
        long count = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             BufferedWriter out = Files.newBufferedWriter(outFile, StandardCharsets.UTF_8)) {
            Iterator<String> lines = in.lines().map(l -> lineNumber.incrementAndGet() + "\t" + l).iterator();
            try (OrderedBatch<String, String> batch = OrderedBatch.over(lines, numbered -> {
                int tab = numbered.indexOf('\t');
                return evaluator.evaluate(null, Long.parseLong(numbered.substring(0, tab)),
                        numbered.substring(tab + 1)).batchLine(false);
            }, BatchOptions.threads(threads))) {
                while (batch.hasNext()) {
                    out.write(batch.next());
                    out.write('\n');
                    count++;
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "library batch, %d threads: %d requests in %.1f s (%.0f requests/s)%n",
                threads, count, seconds, count / seconds);
    }
}
