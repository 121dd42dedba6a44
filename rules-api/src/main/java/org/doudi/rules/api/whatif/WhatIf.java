package org.doudi.rules.api.whatif;

import java.util.Iterator;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.doudi.rules.api.EligibilityService;
import org.doudi.rules.api.batch.BatchOptions;
import org.doudi.rules.api.batch.OrderedBatch;
import org.doudi.rules.api.json.DecodedRequest;
import org.doudi.rules.api.request.EvaluationRequest;
import org.doudi.rules.api.validation.RequestPipeline;

/**
 * What-if over a caseload (what OpenFisca calls a reform): every case decided under two versions of the rules and
 * parameters, "before" and "after" a change, and the differences counted and costed.
 *
 * <p>Both versions decide each case in the same task of the batch API ({@link OrderedBatch}), so a caseload is read
 * once, in bounded memory, on several threads, and the comparisons come back in input order, the same whatever the
 * number of threads. A bad case (invalid, or a configuration error on one side) is compared like any other and never
 * stops the run.
 *
 * <pre>{@code
 * EligibilityService before = DroolsEligibilityService.builtIn();
 * EligibilityService after = DroolsEligibilityService.fromDirectories(null, Path.of("params"));
 * WhatIfSummary summary = WhatIf.run(before, after, requests, BatchOptions.allCores(),
 *         c -> { if (c.changed()) System.out.println(WhatIfJson.caseLine(c)); });
 * System.out.println(summary.total().yearlyDifference());
 * }</pre>
 */
public final class WhatIf {

    private WhatIf() {
    }

    /**
     * Compares every request, as a stream in input order; close it when stopping early.
     *
     * @param before    the service of the old version, not null
     * @param after     the service of the new version, not null
     * @param requests  the caseload, read on the consumer's thread, not null
     * @param options   threads, chunk size and read-ahead, not null
     * @return one comparison per request, positions from 1, never null
     */
    public static Stream<CaseComparison> compare(EligibilityService before, EligibilityService after,
                                                 Stream<EvaluationRequest> requests, BatchOptions options) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Iterator<EvaluationRequest> source = requests.iterator();
        Iterator<Numbered> numbered = new Iterator<>() {
            private long position;

            @Override
            public boolean hasNext() {
                return source.hasNext();
            }

            @Override
            public Numbered next() {
                return new Numbered(++position, source.next());
            }
        };
        return OrderedBatch.<Numbered, CaseComparison>stream(numbered,
                n -> {
                    // the request checks run once; each version adds its own profile checks
                    DecodedRequest checked = RequestPipeline.requestChecks(n.request());
                    return CaseComparison.of(n.position(), n.request(), before.evaluate(checked, Locale.CHINESE),
                            after.evaluate(checked, Locale.CHINESE));
                }, options).onClose(requests::close);
    }

    /**
     * Compares every request and sums the comparison up.
     *
     * @param before    the service of the old version, not null
     * @param after     the service of the new version, not null
     * @param requests  the caseload, not null
     * @param options   threads, chunk size and read-ahead, not null
     * @param each      called with every comparison, in input order, on the calling thread (e.g. to write the
     *                  changed cases), not null
     * @return the summary, never null
     */
    public static WhatIfSummary run(EligibilityService before, EligibilityService after,
                                    Stream<EvaluationRequest> requests, BatchOptions options,
                                    Consumer<? super CaseComparison> each) {
        Objects.requireNonNull(each, "each");
        WhatIfSummary summary = new WhatIfSummary();
        try (Stream<CaseComparison> comparisons = compare(before, after, requests, options)) {
            comparisons.forEachOrdered(c -> {
                summary.add(c);
                each.accept(c);
            });
        }
        return summary;
    }

    private record Numbered(long position, EvaluationRequest request) {
    }
}
