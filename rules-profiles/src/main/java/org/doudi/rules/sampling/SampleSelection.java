package org.doudi.rules.sampling;

import java.math.BigDecimal;
import java.util.List;

/**
 * The outcome of county sampling (policy §13; the command {@code sample}). This class is immutable and
 * thread-safe.
 *
 * @param selected   the case ids to visit: every mandatory case and the sampled draw, sorted; never null
 * @param mandatory  M, the number of proposed cases with a mandatory home visit (all selected)
 * @param sampled    K = ⌈ratio × P⌉, the number drawn from the pool
 * @param pool       P, the number of proposed cases with a {@code SAMPLED} home visit
 * @param ratio      the ratio used, null when the batch has no decided case and none was given
 * @param leftOut    the cases not proposed for approval, in batch order; never null
 */
public record SampleSelection(List<String> selected, int mandatory, int sampled, int pool, BigDecimal ratio,
                              List<LeftOut> leftOut) {

    /** Copies the lists. */
    public SampleSelection {
        selected = List.copyOf(selected);
        leftOut = List.copyOf(leftOut);
    }
}
