package org.doudi.rules.testkit.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

import org.doudi.rules.api.EvaluationResult;
import org.doudi.rules.api.batch.BatchOptions;
import org.doudi.rules.api.json.DoudiJson;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.drools.DroolsEligibilityService;

/**
 * The heap over a long batch streamed from a generator (never a file, never a list): the benchmark households cycled
 * with case ids of their own ({@link BenchHouseholds#stream}), decided through {@code evaluateAll} on every core and
 * encoded as the batch command encodes them. After every garbage collection the heap in use is read; every 100,000
 * decisions (and at the end) the figures so far are printed, so a heap that grows with the batch shows as a rising
 * "after GC" column. Run by hand: {@code scripts/benchmark.sh heap [DECISIONS]} (with a small {@code -Xmx}, to show
 * that a bounded heap is enough).
 *
 * <p>Arguments: the number of decisions (default 1,000,000), the number of threads (default: every processor).
 */
public final class StreamedBatch {

    private static final AtomicLong LAST_AFTER_GC = new AtomicLong();
    private static final AtomicLong PEAK_AFTER_GC = new AtomicLong();
    private static final AtomicLong COLLECTIONS = new AtomicLong();

    private StreamedBatch() {
    }

    /**
     * @param args  decisions, threads (both optional)
     */
    public static void main(String[] args) {
        long total = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        List<EvaluationRequest> households = BenchHouseholds.requests(BenchHouseholds.DEFAULT_COUNT);
        DroolsEligibilityService service = DroolsEligibilityService.builtIn();
        watchCollections();
        System.out.printf("%,d decisions streamed on %d thread(s), max heap %d MiB%n", total, threads,
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("%12s %9s %12s %16s %16s %12s%n", "decisions", "seconds", "decisions/s", "heap after GC MiB",
                "peak after GC MiB", "collections");
        Iterator<EvaluationRequest> requests = BenchHouseholds.stream(households, total);
        Iterable<EvaluationRequest> source = () -> requests;
        long start = System.nanoTime();
        long decided = 0;
        long bytes = 0;
        try (Stream<EvaluationResult> results = service.evaluateAll(
                StreamSupport.stream(source.spliterator(), false), Locale.CHINESE, BatchOptions.threads(threads))) {
            Iterator<EvaluationResult> it = results.iterator();
            while (it.hasNext()) {
                if (it.next() instanceof EvaluationResult.Decided d) {
                    bytes += DoudiJson.writeDecision(d.decision(), false).length();
                    decided++;
                }
                if (decided % 100_000 == 0 || !it.hasNext()) {
                    double seconds = (System.nanoTime() - start) / 1e9;
                    System.out.printf("%,12d %9.1f %,12.0f %16d %16d %12d%n", decided, seconds, decided / seconds,
                            LAST_AFTER_GC.get() >> 20, PEAK_AFTER_GC.get() >> 20, COLLECTIONS.get());
                }
            }
        }
        if (decided != total) {
            throw new IllegalStateException(decided + " of " + total + " households decided");
        }
        System.out.printf("done: %,d decisions, %,d characters of JSON written%n", decided, bytes);
    }

    /** Records the heap in use after each collection (every pool), and the peak of that. */
    private static void watchCollections() {
        java.util.Set<String> heapPools = new java.util.HashSet<>();
        ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .forEach(p -> heapPools.add(p.getName()));
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    return;
                }
                GarbageCollectionNotificationInfo info =
                        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(e -> heapPools.contains(e.getKey()))
                        .mapToLong(e -> e.getValue().getUsed()).sum();
                LAST_AFTER_GC.set(used);
                PEAK_AFTER_GC.accumulateAndGet(used, Math::max);
                COLLECTIONS.incrementAndGet();
            }, null, null);
        }
    }
}
